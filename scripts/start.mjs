// `npm start`: build the site if dist/ is missing or older than the sources, then serve
// dist/ on http://127.0.0.1:4321/ (PORT and HOST override).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { environment } from '../src/integration/environment.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const outDir = resolve(environment.outDir);
const stamp = join(outDir, 'sitemap.xml');

/** Latest modification time under the given paths. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, info.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const sources = ['src', 'content', 'public', 'astro.config.ts', 'package-lock.json'];
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newest(sources)) {
  console.log('Building the site…');
  execSync('npm run build', { stdio: 'inherit' });
}
const server = await startStaticServer({
  root: outDir,
  port: environment.port,
  host: environment.host,
  base: environment.basePath,
});
console.log(`Serving ${outDir} at ${server.url} (Ctrl+C to stop)`);
