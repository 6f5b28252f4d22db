import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    browserEndpoint: string;
  }
}

/**
 * For the whole run: serves the test build on a free loopback port and starts one Chromium
 * that every test file connects to (a browser per file cost a launch each).
 */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env['E2E_DIST'] ?? '.test-dist');
  const server = await startStaticServer({ root: distDir, base: '/' });
  const executablePath: string | undefined = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  const browserServer = await chromium.launchServer({ executablePath, args: chromiumArgs, headless: true });
  project.provide('baseURL', server.url.replace(/\/$/, ''));
  project.provide('distDir', distDir);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
