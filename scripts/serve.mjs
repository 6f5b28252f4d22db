// `npm run preview`: serve the already-built dist/ without rebuilding.
import { resolve } from 'node:path';
import { environment } from '../src/integration/environment.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const server = await startStaticServer({
  root: resolve(environment.outDir),
  port: environment.port,
  host: environment.host,
  base: environment.basePath,
});
console.log(`Serving at ${server.url}`);
