// Lets the build scripts import the site's own TypeScript modules (src/lib, src/i18n), so
// the index build and the browser share one implementation. Node 24 strips the types; this
// hook only resolves the extensionless relative imports that Vite accepts (`'./locales'`).
import { registerHooks } from 'node:module';

let registered = false;

/**
 * Imports a TypeScript module from the project.
 * @template T
 * @param {URL} url e.g. `new URL('../../src/lib/search-normalise.ts', import.meta.url)`
 * @returns {Promise<T>}
 */
export async function importTs(url) {
  if (!registered) {
    registerHooks({
      resolve(specifier, context, nextResolve) {
        try {
          return nextResolve(specifier, context);
        } catch (error) {
          if (/^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)) return nextResolve(`${specifier}.ts`, context);
          throw error;
        }
      },
    });
    registered = true;
  }
  return import(url.href);
}
