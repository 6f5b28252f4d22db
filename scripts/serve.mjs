// `npm run preview`: serve the already-built dist/ without rebuilding.
import { resolve } from 'node:path';
import { startStaticServer } from './lib/static-server.mjs';

const server = await startStaticServer({
  root: resolve(process.env.OUT_DIR ?? 'dist'),
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? '127.0.0.1',
  base: process.env.BASE_PATH ?? '/',
});
console.log(`Serving at ${server.url}`);
