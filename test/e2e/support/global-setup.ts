import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Serves the test build on a free loopback port for the whole run. */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_DIST ?? '.test-dist');
  const server = await startStaticServer({ root: distDir, base: '/' });
  project.provide('baseURL', server.url.replace(/\/$/, ''));
  project.provide('distDir', distDir);
  return () => server.close();
}
