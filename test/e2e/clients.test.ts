/**
 * Client files (issue 14) on the built site, in every locale: two named clients kept from
 * the self-assessment and listed on the clients page after a reload; forgetting one keeps
 * the other; a tool opened from a client file starts from its answers; the result's links
 * to the next tools per verdict (with `?client=<id>`); corrupt client files set aside with a
 * notice; export, forget all and import back (a bad file refused); the printed result on one A4 page; the clients page by keyboard alone, at 390 px, and axe on it and on the result.
 */
import { describe, expect, test } from 'vitest';
import { localeCodes, locales as localeTable, type Locale } from '../../src/i18n/locales';
import { localePath, toolPath } from '../../src/i18n/paths';
import { clientsKey } from '../../src/lib/client-files';
import { readFileSync } from 'node:fs';
import { axeViolations, describeViolations, downloadedFile, useBrowser, withCleanPage, type TrackedPage } from './support/browser';
import { hydratedTool, tabTo, toolRoot, uiString } from './support/tools';
import definition from '../../content/tools/self-assessment/definition';
import type { Answer, Verdict } from '../../src/lib/assessment-scoring';

const browser = useBrowser();
const id = 'self-assessment';
const questions = definition.questions.map((q) => q.id);
const locales: readonly Locale[] = localeCodes;
const names: Record<Locale, [string, string]> = {
  fa: ['استودیو آبی', 'فروشگاه نارنج'],
  ar: ['شركة الندى', 'مكتب الريان'],
  en: ['Acme Studio', 'Blue Harbour Ltd'],
};

const root = (t: TrackedPage) => toolRoot(t.page, id);
const clientsPath = (locale: Locale) => localePath(locale, 'clients/');

async function answerAll(t: TrackedPage, answers: Record<string, Answer>): Promise<void> {
  for (const q of questions)
    await root(t)
      .locator(`fieldset[data-question="${q}"] input[data-option="${answers[q] ?? 'no'}"]`)
      .check();
}
async function submit(t: TrackedPage): Promise<string | null> {
  await root(t).locator('button[type=submit]').click();
  return root(t).locator('[data-verdict]').getAttribute('data-verdict', { timeout: 5000 });
}
const checked = (t: TrackedPage) =>
  root(t).evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll<HTMLInputElement>('fieldset[data-question] input:checked')].map((i) => [
        i.closest('fieldset')!.dataset['question'],
        i.dataset['option'],
      ]),
    ),
  );
const listed = (t: TrackedPage) =>
  t.page
    .locator('[data-client]')
    .evaluateAll((cards) =>
      cards.map((c) => ({ name: (c as HTMLElement).dataset['clientName'], verdict: c.querySelector<HTMLElement>('[data-verdict]')?.dataset['verdict'] })),
    );
async function expectNoAxeViolations(t: TrackedPage): Promise<void> {
  const violations = await axeViolations(t.page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const repairAnswers: Record<string, Answer> = { 'scope-creep': 'yes', 'commodity-pricing': 'yes' };
const prepareAnswers: Record<string, Answer> = { 'unpaid-invoices': 'yes', unprofitable: 'yes', 'disputed-invoices': 'yes' };

describe.each(locales)('client files in %s', (locale) => {
  /** The self-assessment's own saved answers ("remember my answers"). */
  const ownKey = `pw:tool:${id}:${locale}:v${definition.version}`;

  test('two named clients are kept, listed after a reload, reopened from their file, and forgetting one keeps the other', async () => {
    await withCleanPage(
      browser(),
      async (t) => {
        await t.page.goto(toolPath(locale, id));
        await hydratedTool(t.page, id);
        const [first, second] = names[locale];

        // First client: named, kept, answered (repair).
        await root(t).locator('[data-field="client-name"]').fill(first);
        await root(t).locator('[data-keep-client]').check();
        await answerAll(t, repairAnswers);
        expect(await submit(t)).toBe('repair');
        await expect.poll(() => t.page.evaluate(() => new URL(location.href).searchParams.get('client'))).toMatch(/^c-/);
        const firstId = await t.page.evaluate(() => new URL(location.href).searchParams.get('client'));
        // The result's links carry this client.
        for (const href of await root(t)
          .locator('[data-next-tool]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
          if (href?.includes('/tools/')) expect(href).toContain(`?client=${firstId}`);
        }

        // A second client, without losing the first.
        await root(t).locator('[data-new-client]').click();
        expect(await root(t).locator('[data-field="client-name"]').inputValue()).toBe('');
        expect(Object.keys(await checked(t))).toEqual([]);
        await root(t).locator('[data-field="client-name"]').fill(second);
        await answerAll(t, prepareAnswers);
        expect(await submit(t)).toBe('prepare-to-end');

        // Both are listed on the clients page after a reload.
        await t.page.goto(clientsPath(locale));
        await t.page.locator('[data-clients-ready]').waitFor();
        await t.page.reload();
        await t.page.locator('[data-clients-ready]').waitFor();
        expect((await listed(t)).sort((a, b) => (a.name! < b.name! ? -1 : 1))).toEqual(
          [
            { name: first, verdict: 'repair' },
            { name: second, verdict: 'prepare-to-end' },
          ].sort((a, b) => (a.name < b.name ? -1 : 1)),
        );

        // Opened from the first client's file, the self-assessment starts from its answers.
        await t.page.locator(`[data-client="${firstId}"] a[data-open-tool="${id}"]`).click();
        await hydratedTool(t.page, id);
        await expect.poll(() => root(t).locator('[data-field="client-name"]').inputValue()).toBe(first);
        const answers = await checked(t);
        expect(
          Object.entries(answers)
            .filter(([, a]) => a === 'yes')
            .map(([q]) => q)
            .sort(),
        ).toEqual(Object.keys(repairAnswers).sort());
        expect(Object.keys(answers)).toHaveLength(questions.length);

        // Forgetting the first (confirmed) keeps the second, also after a reload.
        await t.page.goto(clientsPath(locale));
        await t.page.locator(`[data-client="${firstId}"] [data-forget-client]`).click();
        await t.page.locator(`[data-client="${firstId}"] [data-forget-confirm]`).click();
        expect(await t.page.locator('[data-clients-message]').textContent()).toBe(uiString(locale, 'clients.forgotten', { name: first }));
        await t.page.reload();
        await t.page.locator('[data-clients-ready]').waitFor();
        expect(await listed(t)).toEqual([{ name: second, verdict: 'prepare-to-end' }]);
      },
      {},
    );
  });

  test('the client panel loads its code on first use, keeping what was typed; starting another client asks first while the answers are not kept (keyboard, focus there and back)', async () => {
    await withCleanPage(
      browser(),
      async (t) => {
        await t.page.goto(toolPath(locale, id));
        await hydratedTool(t.page, id);
        const active = (selector: string) => t.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
        const clientCodeLoaded = () => t.page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/AssessmentClientFile.')));
        const [first] = names[locale];
        // The client panel is there before its code: that loads once the reader uses the panel, and
        // what they type meanwhile stays, with the focus.
        expect(await clientCodeLoaded()).toBe(false);
        await t.page.locator('body').focus();
        await tabTo(t.page, '[data-field="client-name"]');
        await t.page.keyboard.type(first);
        await expect.poll(clientCodeLoaded).toBe(true);
        expect(await active('[data-field="client-name"]')).toBe(true);
        expect(await root(t).locator('[data-field="client-name"]').inputValue()).toBe(first);
        // The tool's own saving, with answers and no client file.
        await root(t).locator('[data-remember]').check();
        await answerAll(t, repairAnswers);
        await expect.poll(() => t.page.evaluate((key) => localStorage.getItem(key), ownKey), { timeout: 10_000 }).toContain('scope-creep');

        // Not kept: "start another client" asks first; going back keeps every answer.
        await t.page.locator('body').focus();
        await tabTo(t.page, '[data-new-client]');
        await t.page.keyboard.press('Enter');
        await expect.poll(() => active('[data-new-client-pending] p')).toBe(true);
        expect(await root(t).locator('[data-new-client-pending]').textContent()).toContain(uiString(locale, 'tool.client.newConfirm'));
        await expectNoAxeViolations(t);
        await tabTo(t.page, '[data-new-client-cancel]');
        await t.page.keyboard.press('Enter');
        await expect.poll(() => active('[data-new-client]')).toBe(true);
        expect(await root(t).locator('[data-new-client-pending]').count()).toBe(0);
        expect(Object.keys(await checked(t))).toHaveLength(questions.length);
        // Escape goes back too.
        await t.page.keyboard.press('Enter');
        await expect.poll(() => active('[data-new-client-pending] p')).toBe(true);
        await t.page.keyboard.press('Escape');
        await expect.poll(() => active('[data-new-client]')).toBe(true);
        expect(Object.keys(await checked(t))).toHaveLength(questions.length);
        // Confirmed: the tool is empty for another client, and focus is back on the button.
        await t.page.keyboard.press('Enter');
        await tabTo(t.page, '[data-new-client-confirm]');
        await t.page.keyboard.press('Enter');
        await expect.poll(() => active('[data-new-client]')).toBe(true);
        expect(Object.keys(await checked(t))).toEqual([]);
        expect(await root(t).locator('[data-client-notice]').textContent()).toBe(uiString(locale, 'tool.client.started'));
        expect(t.errors).toEqual([]);
      },
      {},
    );
  });

  test('the tool’s own saving gives way while a client file keeps the answers; a kept client starts another at once', async () => {
    await withCleanPage(
      browser(),
      async (t) => {
        await t.page.goto(toolPath(locale, id));
        await hydratedTool(t.page, id);
        const [first] = names[locale];
        await root(t).locator('[data-remember]').check();
        await root(t).locator(`fieldset[data-question="${questions[0]}"] input[data-option="yes"]`).check();
        await expect.poll(() => t.page.evaluate((key) => localStorage.getItem(key), ownKey), { timeout: 10_000 }).toContain(questions[0]);
        // Kept in a client file: the tool's own copy is erased and its "remember" gives way to a note.
        await root(t).locator('[data-field="client-name"]').fill(first);
        await root(t).locator('[data-keep-client]').check();
        await expect.poll(() => t.page.evaluate((key) => localStorage.getItem(key), ownKey), { timeout: 10_000 }).toBeNull();
        expect(await root(t).locator('[data-remember]').count()).toBe(0);
        expect(await root(t).locator('[data-own-saving-off]').textContent()).toBe(uiString(locale, 'tool.client.ownOff'));
        await answerAll(t, prepareAnswers);
        expect(await submit(t)).toBe('prepare-to-end');
        expect(await t.page.evaluate((key) => localStorage.getItem(key), ownKey)).toBeNull();
        // A kept client stays saved: another client starts at once, without a question.
        await root(t).locator('[data-new-client]').click();
        expect(await root(t).locator('[data-new-client-pending]').count()).toBe(0);
        expect(Object.keys(await checked(t))).toEqual([]);
        expect(await root(t).locator('[data-client-notice]').textContent()).toBe(uiString(locale, 'tool.client.startedKept', { name: first }));
        await t.page.goto(clientsPath(locale));
        await t.page.locator('[data-clients-ready]').waitFor();
        expect(await listed(t)).toEqual([{ name: first, verdict: 'prepare-to-end' }]);
        expect(t.errors).toEqual([]);
      },
      {},
    );
  });

  test('the result leads to the next tools for each verdict; all “not sure” gives “find out first”; 390 px; axe passes on the result', async () => {
    await withCleanPage(
      browser(),
      async (t) => {
        await t.page.goto(toolPath(locale, id));
        await hydratedTool(t.page, id);
        const cases: [Verdict, Record<string, Answer>, string[]][] = [
          ['find-out', Object.fromEntries(questions.map((q) => [q, 'not-sure' as Answer])), ['five-steps', 'revenue-per-hour']],
          ['repair', repairAnswers, ['revenue-per-hour', 'repair']],
          ['prepare-to-end', prepareAnswers, ['five-steps', 'revenue-per-hour']],
          ['end-now', { 'abuse-of-staff': 'yes' }, ['exit-letter', 'notice-and-handover']],
          ['legal-then-end', { 'illegal-conduct': 'yes' }, ['exit-letter', 'notice-and-handover']],
        ];
        for (const [verdict, answers, next] of cases) {
          await answerAll(t, answers);
          expect(await submit(t)).toBe(verdict);
          const result = root(t).locator('[data-result]');
          expect(await result.locator('[data-next-tool]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['nextTool']))).toEqual(next);
          // The first is the button; tools open their own page.
          expect(await result.locator('[data-next-tool]').first().getAttribute('class')).toContain('button--primary');
          expect(await result.locator('[data-next-tool]').first().getAttribute('href')).toBe(
            next[0] === 'repair' ? `/${locale}/guides/repair/` : toolPath(locale, next[0]!),
          );
          await expect.poll(() => result.locator('[data-meter] meter').count()).toBe(1);
          expect(await t.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
          if (verdict === 'find-out') {
            // Printed, the result (with every answer unsure, the longest) fits one A4 page.
            const pdf = await t.page.pdf({ format: 'A4' });
            expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
          }
          if (verdict === 'prepare-to-end') {
            expect((await result.locator('[data-weighed-most] li').evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset['answerOf']))).sort()).toEqual(
              Object.keys(prepareAnswers).sort(),
            );
            await expectNoAxeViolations(t);
          }
        }
      },
      { viewport: { width: 390, height: 844 } },
    );
  });

  test('the clients page: what it is without JavaScript, keyboard alone, corrupt data set aside, 390 px, axe', async () => {
    // Without JavaScript: it explains client files live only in this browser.
    await withCleanPage(
      browser(),
      async (noJs) => {
        await noJs.page.goto(clientsPath(locale));
        expect(await noJs.page.locator('[data-clients-privacy]').textContent()).toBe(uiString(locale, 'clients.privacy'));
        expect(await noJs.page.locator('noscript').count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );

    await withCleanPage(
      browser(),
      async (t) => {
        // Unreadable client files are set aside, with a notice and the raw text to download.
        // Answers the self-assessment kept before client files existed can be moved into one.
        const envelope = JSON.stringify({
          format: 'parting-ways/answers',
          tool: id,
          version: definition.version,
          locale,
          definition: 'old',
          savedAt: '2026-11-01T10:00:00.000Z',
          data: { answers: { 'scope-creep': 'yes' } },
        });
        await t.page.goto(clientsPath(locale));
        await t.page.evaluate(
          ([key, toolKey, saved]) => {
            localStorage.setItem(key!, '{not json');
            localStorage.setItem(toolKey!, saved!);
          },
          [clientsKey, `pw:tool:${id}:${locale}:v${definition.version}`, envelope],
        );
        await t.page.reload();
        await t.page.locator('[data-clients-ready]').waitFor();
        expect(await t.page.locator('[data-set-aside]').isVisible()).toBe(true);
        const download = t.page.waitForEvent('download');
        await t.page.locator('[data-set-aside] button').click();
        expect((await download).suggestedFilename()).toMatch(/^parting-ways-clients-unreadable-/);
        const migrated = uiString(locale, 'clients.migrate.name', { language: localeTable[locale].label });
        await t.page.locator('[data-migrate]').click();
        expect(await t.page.locator('[data-clients-message]').textContent()).toBe(uiString(locale, 'clients.migrate.done', { name: migrated }));
        expect(await listed(t)).toEqual([{ name: migrated, verdict: '' }]);
        expect(await t.page.evaluate((key) => localStorage.getItem(key), `pw:tool:${id}:${locale}:v${definition.version}`)).toBeNull();

        // Add two clients and forget one, by keyboard alone.
        const [first, second] = names[locale];
        for (const name of [first, second]) {
          await tabTo(t.page, '[data-new-client-name]');
          await t.page.keyboard.type(name);
          await t.page.keyboard.press('Enter');
          await expect.poll(() => t.page.locator('[data-clients-message]').textContent()).toBe(uiString(locale, 'clients.added', { name }));
        }
        await t.page.locator('body').focus();
        const firstCard = `[data-client-name="${first}"]`;
        await tabTo(t.page, `${firstCard} [data-forget-client]`);
        await t.page.keyboard.press('Enter');
        expect(await t.page.evaluate(() => document.activeElement?.matches('[data-forget-confirm]'))).toBe(true);
        await t.page.keyboard.press('Enter');
        await expect.poll(async () => (await listed(t)).map((c) => c.name).sort()).toEqual([migrated, second].sort());

        // Export all, forget all (confirmed), then import the file back (confirmed); a bad file is refused.
        const exported = t.page.waitForEvent('download');
        await t.page.locator('[data-export-clients]').click();
        const exportText = readFileSync(await downloadedFile(await exported), 'utf8');
        await t.page.locator('[data-forget-all-clients]').click();
        await t.page.locator('[data-forget-all-confirm]').click();
        await expect.poll(() => t.page.locator('[data-client]').count()).toBe(0);
        await t.page
          .locator('[data-import-clients]')
          .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
        await expect.poll(() => t.page.locator('[data-clients-message]').textContent()).toBe(uiString(locale, 'clients.importMalformed'));
        await t.page.locator('[data-import-clients]').setInputFiles({ name: 'clients.json', mimeType: 'application/json', buffer: Buffer.from(exportText) });
        await t.page.locator('[data-import-merge]').click();
        await expect.poll(async () => (await listed(t)).map((c) => c.name).sort()).toEqual([migrated, second].sort());

        // 390 px: nothing wider than the viewport.
        expect(await t.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await expectNoAxeViolations(t);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});
