/**
 * The three checklists on the built site, in Persian and English: keyboard-only use,
 * progress in the locale's digits, saving on this device (opt-in), forgetting, corrupt
 * saved data, export/import, meeting mode, the page without JavaScript, and axe.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { handoffKey } from '../../src/lib/tool-handoff';
import { axeViolations, describeViolations, downloadedFile, distDir, openPage, useBrowser, withCleanPage, type TrackedPage } from './support/browser';
import { readPage } from './support/site';
import { copiedText, hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';
import fiveSteps from '../../content/tools/five-steps/definition';
import exitConversation from '../../content/tools/exit-conversation/definition';
import noticeAndHandover from '../../content/tools/notice-and-handover/definition';

const browser = useBrowser();
const checklists = [fiveSteps, exitConversation, noticeAndHandover].map((d) => ({ id: d.id, version: d.version, steps: d.steps.map((s) => s.id) }));
const locales: Locale[] = ['fa', 'en'];
/** The offline service worker is not under test here, and precaching would slow every page. */
const noServiceWorker = { serviceWorkers: 'block' } as const;
/** The checklists copy to the clipboard. */
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

const ticked = (t: TrackedPage, id: string) => toolRoot(t.page, id).locator('[data-step]:checked').count();
const progress = (t: TrackedPage, id: string) => toolRoot(t.page, id).locator('[data-progress]').textContent();

describe.each(locales)('checklists in %s', (locale) => {
  test.each(checklists)(
    '$id can be completed and copied with the keyboard alone, progress announced in the locale’s digits, and passes axe',
    async ({ id, steps }) => {
      await withToolPage(
        browser(),
        toolPath(locale, id),
        id,
        async (t) => {
          const region = toolRoot(t.page, id).locator('[data-progress]');
          expect(await region.getAttribute('role')).toBe('status');
          expect(await progress(t, id)).toBe(uiString(locale, 'tool.progress', { done: 0, total: steps.length }));
          await t.page.locator('body').focus();
          for (const [index, step] of steps.entries()) {
            await tabTo(t.page, `[data-step="${step}"]`);
            await t.page.keyboard.press('Space');
            expect(await progress(t, id)).toBe(uiString(locale, 'tool.progress', { done: index + 1, total: steps.length }));
          }
          expect(await ticked(t, id)).toBe(steps.length);
          if (locale === 'fa') expect(await progress(t, id)).toMatch(/[۰-۹]/);
          await tabTo(t.page, '[data-copy]');
          await t.page.keyboard.press('Enter');
          await expect.poll(() => toolRoot(t.page, id).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.copied'));
          const copied = (await copiedText(t.page)) ?? '';
          expect(copied.split('\n').filter((line) => line.startsWith('[x] '))).toHaveLength(steps.length);
          expect(copied).toContain(toolStrings(id, locale)[`step.${steps[0]}.label`]);
          const violations = await axeViolations(t.page);
          expect(violations, describeViolations(violations)).toEqual([]);
        },
        clipboard,
      );
    },
  );

  test.each(checklists)('$id: ticked steps survive a reload once “remember” is on, and “forget” erases them', async ({ id, steps, version }) => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        await root.locator(`[data-step="${steps[0]}"]`).check();
        await root.locator(`[data-step="${steps[2]}"]`).check();
        // Not remembered by default: a reload starts empty.
        expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
        await root.locator('[data-remember]').check();
        expect(await t.page.evaluate((key) => localStorage.getItem(key), `pw:tool:${id}:${locale}:v${version}`)).toContain(steps[2]);
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await ticked(t, id)).toBe(2);
        expect(await root.locator('[data-remember]').isChecked()).toBe(true);
        await root.locator('[data-forget]').click();
        expect(await ticked(t, id)).toBe(0);
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.forgotten'));
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await ticked(t, id)).toBe(0);
        expect(await root.locator('[data-remember]').isChecked()).toBe(false);
        expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
      },
      clipboard,
    );
  });

  test('corrupt saved data shows the notice and the tool still works', async () => {
    const { id, steps, version } = checklists[0]!;
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        await t.page.evaluate((key) => localStorage.setItem(key, '{"format":"parting-ways/answers","data":'), `pw:tool:${id}:${locale}:v${version}`);
        await t.page.reload();
        const root = await hydratedTool(t.page, id);
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.setAside.corrupt'));
        await root.locator(`[data-step="${steps[1]}"]`).check();
        expect(await progress(t, id)).toBe(uiString(locale, 'tool.progress', { done: 1, total: steps.length }));
        expect(await t.page.evaluate((key) => localStorage.getItem(`${key}:set-aside`), `pw:tool:${id}:${locale}:v${version}`)).toContain(
          '"problem":"malformed"',
        );
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      clipboard,
    );
  });

  test('data saved by an older version or for other questions is set aside with its own notice', async () => {
    const { id, version } = checklists[1]!;
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const key = `pw:tool:${id}:${locale}:v${version}`;
        const envelope = {
          format: 'parting-ways/answers',
          tool: id,
          version,
          locale,
          definition: '00000000',
          savedAt: '2026-01-01T00:00:00Z',
          data: { done: [], notes: {}, meeting: false, participants: [] },
        };
        await t.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(envelope)]);
        await t.page.reload();
        let root = await hydratedTool(t.page, id);
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.setAside.changed'));
        await t.page.evaluate((v) => localStorage.setItem(`pw:tool:${v.tool}:${v.locale}:v0`, JSON.stringify(v)), { ...envelope, version: 0 });
        await t.page.reload();
        root = await hydratedTool(t.page, id);
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.setAside.oldVersion'));
      },
      clipboard,
    );
  });

  test('storage that refuses to work degrades to this page, with a notice', async () => {
    const { id, steps } = checklists[2]!;
    const tracked = await openPage(browser(), noServiceWorker);
    try {
      await tracked.page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await tracked.page.goto(`/${locale}/tools/${id}/`);
      const root = await hydratedTool(tracked.page, id);
      expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.unavailable'));
      await root.locator('[data-remember]').check();
      await root.locator(`[data-step="${steps[0]}"]`).check();
      expect(await progress(tracked, id)).toBe(uiString(locale, 'tool.progress', { done: 1, total: steps.length }));
      expect(tracked.errors).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  test('answers exported to a file import back, only after the reader confirms', async () => {
    const { id, steps } = checklists[1]!;
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        await root.locator(`[data-step="${steps[0]}"]`).check();
        await root.locator(`[data-step="${steps[3]}"]`).check();
        await root.locator(`[data-note="${steps[3]}"]`).evaluate((el) => el.closest('details')!.setAttribute('open', ''));
        await root.locator(`[data-note="${steps[3]}"]`).fill('Offer to cancel the March invoice');
        const [download] = await Promise.all([t.page.waitForEvent('download'), root.locator('[data-export]').click()]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^parting-ways-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
        const file = readFileSync(await downloadedFile(download), 'utf8');
        expect(JSON.parse(file)).toMatchObject({ tool: id, data: { done: [steps[0], steps[3]] } });

        await root.locator('[data-forget]').click();
        expect(await ticked(t, id)).toBe(0);
        await root.locator('[data-import-file]').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(file) });
        await root.locator('[data-import-pending]').waitFor();
        await expect.poll(() => t.page.evaluate(() => document.activeElement?.closest('[data-import-pending]') !== null)).toBe(true);
        expect(await ticked(t, id)).toBe(0);
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await root.locator('[data-import-confirm]').click();
        expect(await ticked(t, id)).toBe(2);
        expect(await root.locator(`[data-note="${steps[3]}"]`).inputValue()).toBe('Offer to cancel the March invoice');
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.imported'));
      },
      clipboard,
    );
  });

  test('a file for another tool, a damaged file or a cancelled import changes nothing', async () => {
    const { id, steps } = checklists[0]!;
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        await root.locator(`[data-step="${steps[0]}"]`).check();
        const other = JSON.stringify({
          format: 'parting-ways/answers',
          tool: 'exit-letter',
          version: 1,
          locale,
          definition: 'x',
          savedAt: '2026-01-01T00:00:00Z',
          data: {},
        });
        await root.locator('[data-import-file]').setInputFiles({ name: 'letter.json', mimeType: 'application/json', buffer: Buffer.from(other) });
        await expect.poll(() => root.locator('[data-tool-notice]').textContent(), { timeout: 10_000 }).toBe(uiString(locale, 'tool.importWrongTool'));
        await root.locator('[data-import-file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"tool": "five-') });
        await expect.poll(() => root.locator('[data-tool-notice]').textContent(), { timeout: 10_000 }).toBe(uiString(locale, 'tool.importMalformed'));
        await root.locator('[data-import-file]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2_000_000, 32) });
        await expect.poll(() => root.locator('[data-tool-notice]').textContent(), { timeout: 10_000 }).toBe(uiString(locale, 'tool.importOversized'));
        const [download] = await Promise.all([t.page.waitForEvent('download'), root.locator('[data-export]').click()]);
        await root.locator(`[data-step="${steps[4]}"]`).check();
        await root.locator('[data-import-file]').setInputFiles(await downloadedFile(download));
        await root.locator('[data-import-cancel]').click();
        expect(await root.locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.importCancelled'));
        expect(await ticked(t, id)).toBe(2);
      },
      clipboard,
    );
  });

  test('five-steps meeting mode records each participant’s one good thing, kept with the answers', async () => {
    const text = toolStrings('five-steps', locale);
    await withToolPage(
      browser(),
      toolPath(locale, 'five-steps'),
      'five-steps',
      async (t) => {
        const root = toolRoot(t.page, 'five-steps');
        await root.locator('[data-meeting]').check();
        expect(await root.locator('[data-meeting-mode]').textContent()).toContain(text['meeting.empty']);
        await root.locator('[data-add-participant]').click();
        await expect.poll(() => t.page.evaluate(() => document.activeElement?.hasAttribute('data-participant-name'))).toBe(true);
        await t.page.keyboard.type('Sara \u202Eevil');
        await t.page.keyboard.press('Tab');
        await t.page.keyboard.type('Clear briefs 👍');
        await root.locator('[data-add-participant]').click();
        await expect.poll(() => t.page.evaluate(() => document.activeElement?.closest('[data-participant]')?.getAttribute('data-participant'))).toBe('1');
        await t.page.keyboard.type('<b>Omid</b>');
        await root.locator('[data-remember]').check();
        await t.page.reload();
        await hydratedTool(t.page, 'five-steps');
        expect(await root.locator('[data-participant-name]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
          'Sara \u202Eevil',
          '<b>Omid</b>',
        ]);
        expect(await root.locator('[data-participant-good]').first().inputValue()).toBe('Clear briefs 👍');
        expect(await root.locator('b').count()).toBe(0);
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await root.locator('[data-remove-participant]').first().click();
        expect(await root.locator('[data-participant-name]').count()).toBe(1);
        await expect.poll(() => t.page.evaluate(() => document.activeElement?.hasAttribute('data-add-participant'))).toBe(true);
      },
      clipboard,
    );
  });

  test('without JavaScript every checklist is a readable, printable list', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        for (const { id, steps } of checklists) {
          const text = toolStrings(id, locale);
          await tracked.page.emulateMedia({ media: 'screen' });
          await tracked.page.goto(`/${locale}/tools/${id}/`);
          const root = toolRoot(tracked.page, id);
          expect(await root.locator('ol > li').count()).toBe(steps.length);
          for (const step of steps) {
            const item = root.locator('li', { has: tracked.page.locator(`[data-step="${step}"]`) });
            expect(await item.locator('label').first().textContent()).toBe(text[`step.${step}.label`]);
            expect(await item.textContent()).toContain(text[`step.${step}.why`]);
            expect(await item.locator(`[data-step="${step}"]`).isVisible()).toBe(true);
          }
          expect(await root.textContent()).toContain(uiString(locale, 'tool.noJs'));
          expect(await root.locator('[data-remember]').isVisible()).toBe(false);
          expect(await root.locator('[data-forget]').isVisible()).toBe(false);
          await tracked.page.emulateMedia({ media: 'print' });
          expect(await root.locator(`[data-step="${steps[0]}"]`).isVisible()).toBe(true);
          expect(await root.locator('label').first().isVisible()).toBe(true);
        }
        expect(tracked.foreignRequests).toEqual([]);
      },
      { ...noServiceWorker, javaScriptEnabled: false },
    );
  });
});

describe('checklists embedded in guides', () => {
  test('the five-steps guide carries the checklist, which works there too', async () => {
    await withToolPage(
      browser(),
      '/fa/guides/five-steps/',
      'five-steps',
      async (t) => {
        const root = toolRoot(t.page, 'five-steps');
        expect(await root.getAttribute('data-pagefind-ignore')).toBeNull();
        expect(await root.locator('[data-remember]').evaluate((el) => el.closest('[data-pagefind-ignore]') !== null)).toBe(true);
        await root.locator('[data-step="cross-functional-meeting"]').check();
        expect(await progress(t, 'five-steps')).toBe(uiString('fa', 'tool.progress', { done: 1, total: fiveSteps.steps.length }));
      },
      clipboard,
    );
  });
});

describe('tools index', () => {
  test.each(locales)('lists all six tools in journey order in %s', async (locale) => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(`/${locale}/tools/`);
        const ids = await tracked.page.locator('[data-tool-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool-entry')));
        expect(ids).toEqual(expect.arrayContaining(['five-steps', 'exit-conversation', 'notice-and-handover', 'exit-letter']));
        expect(ids.indexOf('five-steps')).toBeLessThan(ids.indexOf('exit-conversation'));
        expect(ids.indexOf('notice-and-handover')).toBeLessThan(ids.indexOf('exit-letter'));
        const violations = await axeViolations(tracked.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      noServiceWorker,
    );
  });
});

describe('forget everything', () => {
  test('the about page erases every answer the site stored, in every tool and language, and a hand-off waiting in session storage', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto('/en/about/');
        await tracked.page.evaluate((handoff) => {
          localStorage.setItem('pw:tool:five-steps:fa:v1', '{}');
          localStorage.setItem('pw:tool:exit-letter:en:v1', '{}');
          localStorage.setItem('pw:theme', 'dark');
          localStorage.setItem('someone-else', 'keep');
          sessionStorage.setItem(handoff, '{}');
          sessionStorage.setItem('someone-else', 'keep');
        }, handoffKey);
        const status = tracked.page.locator('[data-forget-everything-area] [role=status]');
        // The island hydrates once visible.
        await tracked.page.locator('[data-forget-everything-area]').scrollIntoViewIfNeeded();
        const button = tracked.page.locator('[data-forget-everything]');
        await button.click();
        expect(await tracked.page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
        expect(await tracked.page.evaluate(() => Object.keys(sessionStorage))).toEqual(['someone-else']);
        expect(await status.textContent()).toBe(uiString('en', 'tool.forgetAll.done'));
        await button.click();
        await expect.poll(() => status.textContent()).toBe(uiString('en', 'tool.forgetAll.nothing'));
        // A hand-off alone is something to erase too.
        await tracked.page.evaluate((handoff) => sessionStorage.setItem(handoff, '{}'), handoffKey);
        await button.click();
        expect(await tracked.page.evaluate((handoff) => sessionStorage.getItem(handoff), handoffKey)).toBeNull();
        await expect.poll(() => status.textContent()).toBe(uiString('en', 'tool.forgetAll.done'));
        expect(tracked.errors).toEqual([]);
      },
      noServiceWorker,
    );
  });
});

describe('island JavaScript budget', () => {
  /** Every module an island page loads: the islands, the renderer and what they import. */
  function islandModules(html: string): string[] {
    const seen = new Set<string>();
    const visit = (url: string) => {
      if (seen.has(url)) return;
      seen.add(url);
      const code = readFileSync(`${distDir()}${url}`, 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']\.\/([^"']+\.js)["']/g)) visit(url.replace(/[^/]+$/, m[1]!));
    };
    for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) visit(m[1]!);
    return [...seen];
  }

  test.each([
    '/fa/tools/five-steps/',
    '/ar/tools/exit-letter/',
    '/en/about/',
    '/fa/guides/ending-well/',
    '/fa/tools/self-assessment/',
    '/ar/tools/revenue-per-hour/',
    '/en/guides/red-flags/',
  ])('%s loads at most 20 KB of island JS (gzip), Preact included', (path) => {
    const modules = islandModules(readPage(distDir(), path));
    expect(modules.length).toBeGreaterThan(1);
    const bytes = modules.reduce((total, url) => total + gzipSync(readFileSync(`${distDir()}${url}`)).length, 0);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
  });
});
