/**
 * The checklists' plan on the built site, in every locale: who does each step and by when
 * (saved and restored, the date shown in the locale's calendar, overdue steps marked),
 * progress as text and a bar, the warning before unsaved ticks are lost (a note and a
 * `beforeunload` prompt), step links to the tools that carry a step out (with the client
 * the checklist was opened for) and to the guides, a checklist kept per client, keyboard
 * use, print, and axe.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDate } from '../../src/i18n/format';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { axeViolations, describeViolations, useBrowser, withCleanPage } from './support/browser';
import { copiedText, hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';
import { emptyChecklist } from '../../src/lib/checklist';
import { addClient, emptyClientFiles, withChecklist } from '../../src/lib/client-files';
import { openForClient, savedClients, seedClientFiles } from './support/client-files';
import noticeAndHandover from '../../content/tools/notice-and-handover/definition';

const browser = useBrowser();
const id = noticeAndHandover.id;
const steps = noticeAndHandover.steps.map((s) => s.id);
const key = (locale: Locale) => `pw:tool:${id}:${locale}:v${noticeAndHandover.version}`;
const pastDay = '2020-01-02';
const futureDay = '2099-03-04';
const dayText = (locale: Locale, day: string) => formatDate(locale, new Date(`${day}T00:00:00Z`));

/** Reloads and reports whether the page asked "leave site?" first (the prompt is accepted). */
async function reloadAsks(page: Page): Promise<boolean> {
  let asked = false;
  const onDialog = (dialog: import('playwright-core').Dialog) => {
    if (dialog.type() === 'beforeunload') asked = true;
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  return asked;
}

describe.each(localeCodes)('checklist plan in %s', (locale) => {
  test('owners and due dates by keyboard, saved and restored; dates in the locale’s calendar; overdue marked; progress text and bar; axe', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        const [first, second] = [steps[0]!, steps[1]!];
        expect(await root.locator('[data-progress]').textContent()).toBe(uiString(locale, 'tool.progress', { done: 0, total: steps.length }));
        // Keyboard: tick the first step, then name who does it and date it.
        await t.page.locator('body').focus();
        await tabTo(t.page, `[data-step="${first}"]`);
        await t.page.keyboard.press('Space');
        await tabTo(t.page, `[data-owner="${first}"]`);
        await t.page.keyboard.type('Sara');
        await tabTo(t.page, `[data-due="${first}"]`);
        await root.locator(`[data-due="${first}"]`).fill(futureDay);
        await root.locator(`[data-owner="${second}"]`).fill('Omid');
        await root.locator(`[data-due="${second}"]`).fill(pastDay);

        expect(await root.locator('[data-progress]').textContent()).toBe(uiString(locale, 'tool.progress', { done: 1, total: steps.length }));
        const bar = root.locator('[data-progress-bar]');
        expect(await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([1, steps.length]);
        expect(await root.locator(`[data-step-item="${first}"] [data-due-text]`).textContent()).toBe(dayText(locale, futureDay));
        if (locale !== 'en') expect(await root.locator(`[data-step-item="${first}"] [data-due-text]`).textContent()).not.toMatch(/[0-9]/);
        // The second step's day has passed and it is not ticked: overdue, and only it.
        expect(await root.locator('[data-overdue]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-item')))).toEqual([second]);
        expect(await root.locator(`[data-step-item="${second}"] [data-overdue-mark]`).textContent()).toBe(uiString(locale, 'checklist.overdue'));
        await root.locator(`[data-step="${second}"]`).check();
        expect(await root.locator('[data-overdue]').count()).toBe(0);
        await root.locator(`[data-step="${second}"]`).uncheck();

        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);

        await root.locator('[data-remember]').check();
        const stored = JSON.parse((await t.page.evaluate((k) => localStorage.getItem(k), key(locale)))!);
        expect(stored.data.owners).toEqual({ [first]: 'Sara', [second]: 'Omid' });
        expect(stored.data.due).toEqual({ [first]: futureDay, [second]: pastDay });
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await root.locator(`[data-owner="${first}"]`).inputValue()).toBe('Sara');
        expect(await root.locator(`[data-due="${second}"]`).inputValue()).toBe(pastDay);
        expect(await root.locator(`[data-step-item="${second}"] [data-due-text]`).textContent()).toBe(dayText(locale, pastDay));
        expect(await root.locator('[data-overdue]').count()).toBe(1);

        // Copy as text carries who and when.
        await root.locator('[data-copy]').click();
        await expect.poll(() => copiedText(t.page), { message: 'copied text' }).toBeDefined();
        const copied = (await copiedText(t.page))!;
        expect(copied).toContain(uiString(locale, 'checklist.ownerLine', { owner: 'Sara' }));
        expect(copied).toContain(uiString(locale, 'checklist.dueLine', { date: dayText(locale, futureDay) }));

        // On paper: the list with who and when; the links, bar and controls are left out.
        await t.page.emulateMedia({ media: 'print' });
        expect(await root.locator(`[data-owner="${first}"]`).isVisible()).toBe(true);
        expect(await root.locator(`[data-step-item="${first}"] [data-due-text]`).isVisible()).toBe(true);
        expect(await root.locator('[data-progress-bar]').isVisible()).toBe(false);
        expect(await root.locator('[data-step-tool]').first().isVisible()).toBe(false);
        expect(await root.locator('[data-remember]').isVisible()).toBe(false);
        expect(await t.page.locator('.site-header').isVisible()).toBe(false);
        await t.page.emulateMedia({ media: 'screen' });
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  test('unsaved ticks: a visible note beside the save control and a prompt before reload; none once saved or when nothing changed', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const root = toolRoot(t.page, id);
      // Ticked and unticked again (the page has had a click, so it could prompt): nothing to lose.
      await root.locator(`[data-step="${steps[0]}"]`).click();
      await root.locator(`[data-step="${steps[0]}"]`).click();
      expect(await root.locator('[data-unsaved]').count()).toBe(0);
      expect(await reloadAsks(t.page)).toBe(false);
      await hydratedTool(t.page, id);

      await root.locator(`[data-step="${steps[0]}"]`).click();
      const note = root.locator('[data-unsaved]');
      expect(await note.textContent()).toBe(uiString(locale, 'checklist.unsaved', { remember: uiString(locale, 'tool.remember') }));
      // The control that fixes it comes straight after the note.
      expect(await note.evaluate((el) => el.nextElementSibling?.querySelector('[data-remember]') !== null)).toBe(true);
      expect(await reloadAsks(t.page)).toBe(true);
      await hydratedTool(t.page, id);
      expect(await root.locator('[data-step]:checked').count()).toBe(0);

      // Saved as they change: no note, no prompt, and the ticks come back.
      await root.locator(`[data-step="${steps[1]}"]`).click();
      await root.locator('[data-remember]').check();
      expect(await note.count()).toBe(0);
      await root.locator(`[data-step="${steps[2]}"]`).click();
      // Saved by an effect after the render: on a busy machine a reload could come first.
      await expect.poll(() => t.page.evaluate((k) => localStorage.getItem(k), key(locale))).toContain(steps[2]);
      expect(await reloadAsks(t.page)).toBe(false);
      await hydratedTool(t.page, id);
      expect(await root.locator('[data-step]:checked').count()).toBe(2);
    });
  });

  test('the notice step opens the letter builder by keyboard; money and handover steps link to their guides', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const root = toolRoot(t.page, id);
      const links = await root
        .locator('[data-step-guide]')
        .evaluateAll((els) => els.map((e) => [e.closest('[data-step-item]')?.getAttribute('data-step-item'), e.getAttribute('href')]));
      expect(links).toEqual(noticeAndHandover.steps.flatMap((s) => ('guide' in s && s.guide ? [[s.id, `/${locale}/guides/${s.guide}/`]] : [])));
      expect(links.map(([, href]) => href)).toEqual(
        expect.arrayContaining([`/${locale}/guides/getting-paid/`, `/${locale}/guides/handover/`, `/${locale}/guides/contract-terms/`]),
      );
      const letter = root.locator('[data-step-item="written-notice"] [data-step-tool="exit-letter"]');
      expect(await letter.textContent()).toBe(uiString(locale, 'checklist.openTool', { tool: toolStrings('exit-letter', locale)['title']! }));
      await t.page.locator('body').focus();
      await tabTo(t.page, '[data-step-tool="exit-letter"]');
      await t.page.keyboard.press('Enter');
      await t.page.waitForURL(`**/${locale}/tools/exit-letter/`);
    });
  });
});

describe('five-steps', () => {
  test('the cost step opens the calculator', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(toolPath('en', 'five-steps'));
        const root = await hydratedTool(tracked.page, 'five-steps');
        expect(await root.locator('[data-step-item="cost-of-ending"] [data-step-tool]').getAttribute('href')).toBe('/en/tools/revenue-per-hour/');
      },
      {},
    );
  });
});

describe('without JavaScript', () => {
  test.each(localeCodes)('%s: every step has who and when fields to fill in by hand, and they print', async (locale) => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(toolPath(locale, id));
        const root = toolRoot(tracked.page, id);
        expect(await root.locator('[data-owner]').count()).toBe(steps.length);
        expect(await root.locator('[data-due]').count()).toBe(steps.length);
        expect(await root.locator('[data-step-tool="exit-letter"]').getAttribute('href')).toBe(`/${locale}/tools/exit-letter/`);
        await tracked.page.emulateMedia({ media: 'print' });
        expect(await root.locator(`[data-owner="${steps[0]}"]`).isVisible()).toBe(true);
        expect(await root.locator(`[data-due="${steps[0]}"]`).isVisible()).toBe(true);
        expect(await root.textContent()).toContain(toolStrings(id, locale)[`step.${steps[0]}.label`]);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe.each(localeCodes)('checklist for a client in %s', (locale) => {
  test('opened for a client it starts from that client’s answers, saves into its file, keeps two clients apart, and leaves the checklist’s own answers alone', async () => {
    const now = new Date('2026-11-20T10:00:00Z');
    let files = emptyClientFiles(now);
    const first = addClient(files, 'Nasim Studio', now, 'c-first1');
    const second = addClient(first.files, 'Atlas Co', now, 'c-second2');
    files = withChecklist(second.files, 'c-first1', id, { ...emptyChecklist, owners: { [steps[0]!]: 'Sara' }, done: [steps[0]!] }, now);
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await seedClientFiles(t.page, files);
      const root = await openForClient(t.page, locale, id, 'c-first1');
      expect(await root.locator('[data-client-working]').textContent()).toBe(uiString(locale, 'checklist.forClient', { name: 'Nasim Studio' }));
      expect(await root.locator(`[data-owner="${steps[0]}"]`).inputValue()).toBe('Sara');
      expect(await root.locator('[data-keep-client]').isChecked()).toBe(true);
      expect(await root.locator('[data-step-tool="exit-letter"]').getAttribute('href')).toBe(`/${locale}/tools/exit-letter/?client=c-first1`);
      await root.locator(`[data-step="${steps[1]}"]`).check();
      await root.locator(`[data-due="${steps[1]}"]`).fill(futureDay);
      // Kept in the client's file as it changes: nothing to warn about.
      expect(await root.locator('[data-unsaved]').count()).toBe(0);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(await reloadAsks(t.page)).toBe(false);
      await hydratedTool(t.page, id);
      expect(await root.locator('[data-step]:checked').count()).toBe(2);
      expect(await root.locator(`[data-due="${steps[1]}"]`).inputValue()).toBe(futureDay);

      await openForClient(t.page, locale, id, 'c-second2');
      expect(await root.locator('[data-client-working]').textContent()).toBe(uiString(locale, 'checklist.forClient', { name: 'Atlas Co' }));
      expect(await root.locator('[data-step]:checked').count()).toBe(0);
      expect(await root.locator(`[data-owner="${steps[0]}"]`).inputValue()).toBe('');
      // Without a client the checklist is its own again, and nothing was saved under its own key.
      await t.page.goto(toolPath(locale, id));
      await hydratedTool(t.page, id);
      expect(await root.locator('[data-step]:checked').count()).toBe(0);
      expect(await root.locator('[data-client-working]').count()).toBe(0);
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
      const saved = (await savedClients(t.page)).clients.find((c) => c.id === 'c-first1')?.checklists?.[id];
      expect(saved?.done).toEqual([steps[0], steps[1]]);
      expect(saved?.due).toEqual({ [steps[1]!]: futureDay });
    });
  });

  test('opened for a client it can start another client: at once while kept, after asking (by keyboard) once the ticks are not kept', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const now = new Date('2026-11-20T10:00:00Z');
      const { files } = addClient(emptyClientFiles(now), 'Nasim Studio', now, 'c-first1');
      await seedClientFiles(t.page, files);
      const root = await openForClient(t.page, locale, id, 'c-first1');
      const active = (selector: string) => t.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
      const notice = () => root.locator('[data-tool-notice]').textContent();
      await root.locator(`[data-step="${steps[0]}"]`).check();
      // Kept: nothing to lose, so no question.
      await root.locator('[data-new-client]').click();
      expect(await root.locator('[data-new-client-pending]').count()).toBe(0);
      expect(await root.locator('[data-step]:checked').count()).toBe(0);
      expect(await notice()).toBe(uiString(locale, 'tool.client.startedKept', { name: 'Nasim Studio' }));
      expect(await root.locator('[data-client-working]').textContent()).toBe(
        uiString(locale, 'checklist.forClient', { name: uiString(locale, 'tool.client.unnamed') }),
      );
      // The new client is named here and created by its first tick.
      await root.locator('[data-field="client-name"]').fill('Atlas Co');
      await root.locator(`[data-step="${steps[1]}"]`).check();
      // Saved (and put into the address) once the page has painted: allow for a busy machine.
      await expect.poll(() => t.page.evaluate(() => new URL(location.href).searchParams.get('client')), { timeout: 10_000 }).toMatch(/^c-(?!first1)/);
      // Not kept any more: a tick would be lost, so it asks; going back keeps it.
      await root.locator('[data-keep-client]').uncheck();
      await root.locator(`[data-step="${steps[2]}"]`).check();
      await root.locator('[data-new-client]').focus();
      await t.page.keyboard.press('Enter');
      await expect.poll(() => active('[data-new-client-pending] p')).toBe(true);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await tabTo(t.page, '[data-new-client-cancel]');
      await t.page.keyboard.press('Enter');
      await expect.poll(() => active('[data-new-client]')).toBe(true);
      expect(await root.locator('[data-step]:checked').count()).toBe(2);
      await t.page.keyboard.press('Enter');
      await tabTo(t.page, '[data-new-client-confirm]');
      await t.page.keyboard.press('Enter');
      await expect.poll(() => active('[data-new-client]')).toBe(true);
      expect(await root.locator('[data-step]:checked').count()).toBe(0);
      expect(await notice()).toBe(uiString(locale, 'tool.client.started'));
      expect((await savedClients(t.page)).clients.map((c) => [c.name, c.checklists?.[id]?.done]).sort()).toEqual(
        [
          ['Atlas Co', [steps[1]]],
          ['Nasim Studio', [steps[0]]],
        ].sort(),
      );
    });
  });
});
