// ESLint flat config: JavaScript and TypeScript (typescript-eslint), Astro components
// (eslint-plugin-astro) and the rules of hooks for the Preact islands. Formatting is
// Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.test-dist/', '.astro/', 'node_modules/', 'bench-results/', '.test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named `_…` are placeholders a signature needs (callbacks, test.each rows).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Preact islands and their helpers: browser code, hooks from preact/hooks. Only the two
    // classic rules: the plugin's React Compiler rules assume React's compiler and runtime.
    files: ['src/islands/**/*.{ts,tsx}', 'src/lib/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // A warning, not an error: the islands' effects list only what should re-run them
      // (restore once on mount, re-check when the answers change); the definition, strings
      // and locale they also read are fixed for the page's life. Each warning is for the
      // island's owner to settle (useCallback or a comment), not a defect by itself.
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The service worker template runs in a worker with Workbox loaded by importScripts.
    files: ['src/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, workbox: 'readonly' } },
  },
  {
    // Code evaluated in the page by the end-to-end tests (page.evaluate) touches the DOM.
    files: ['test/e2e/**/*.ts', 'scripts/lib/search-timing.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
