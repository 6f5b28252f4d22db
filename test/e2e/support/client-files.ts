/** Client files in a test page's storage: one saved client, as the clients page would keep it. */
import type { Page } from 'playwright-core';
import { addClient, clientsKey, emptyClientFiles } from '../../../src/lib/client-files';

/**
 * Saves one client named `name` in the page's origin (the page must already be on the site)
 * and returns its id, for opening a tool with `?client=<id>`.
 */
export async function seedClient(page: Page, name: string): Promise<string> {
  const { files, client } = addClient(emptyClientFiles(), name);
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [clientsKey, JSON.stringify(files)]);
  return client!.id;
}

/** The client files the page has saved, parsed. */
export async function savedClients(page: Page): Promise<{ clients: { id: string; name: string; calculator?: unknown; letter?: unknown }[] }> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), clientsKey)) ?? '{"clients":[]}');
}
