/** Client files in a test page's storage, and a tool opened for one client (`?client=<id>`). */
import type { Locator, Page } from 'playwright-core';
import type { Locale } from '../../../src/i18n/locales';
import { toolPath } from '../../../src/i18n/paths';
import { addClient, clientsKey, emptyClientFiles, type ClientFiles } from '../../../src/lib/client-files';
import { hydratedTool } from './tools';

/** Saves `files` as the page's client files (the page must already be on the site). */
export async function seedClientFiles(page: Page, files: ClientFiles): Promise<void> {
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [clientsKey, JSON.stringify(files)]);
}

/**
 * Saves one client named `name` in the page's origin (the page must already be on the site)
 * and returns its id, for opening a tool with `?client=<id>`.
 */
export async function seedClient(page: Page, name: string): Promise<string> {
  const { files, client } = addClient(emptyClientFiles(), name);
  await seedClientFiles(page, files);
  return client!.id;
}

/** Opens tool `toolId` in `locale` for client `clientId` and waits until it has hydrated; returns the tool's root. */
export async function openForClient(page: Page, locale: Locale, toolId: string, clientId: string): Promise<Locator> {
  await page.goto(`${toolPath(locale, toolId)}?client=${clientId}`);
  return hydratedTool(page, toolId);
}

/** The client files the page has saved, parsed. */
export async function savedClients(page: Page): Promise<{
  clients: { id: string; name: string; calculator?: unknown; letter?: unknown; checklists?: Record<string, { done: string[]; due: Record<string, string> }> }[];
}> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), clientsKey)) ?? '{"clients":[]}');
}
