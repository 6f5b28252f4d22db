/**
 * The self-assessment "Nightmare client, or just difficult?" on the built site, in Persian
 * and English: keyboard-only completion, the deal-breakers, a mild case, the error summary,
 * check-your-answers change links, saving and forgetting, corrupt saved data, the
 * worksheet without JavaScript, and axe.
 */
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { fillTemplate } from '../../src/i18n/template';
import { axeViolations, describeViolations, step, useBrowser, withCleanPage, type TrackedPage } from './support/browser';
import { hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';
import definition from '../../content/tools/self-assessment/definition';
import type { Answer } from '../../src/lib/assessment-scoring';

const browser = useBrowser();
const id = 'self-assessment';
const questions = definition.questions.map((q) => q.id);
const locales: Locale[] = ['fa', 'en'];
const storageKey = (locale: Locale) => `pw:tool:${id}:${locale}:v${definition.version}`;

const root = (t: TrackedPage) => toolRoot(t.page, id);
const option = (t: TrackedPage, question: string, answer: Answer) => root(t).locator(`fieldset[data-question="${question}"] input[data-option="${answer}"]`);

/** Answers every question: `no` unless given, by clicking. */
async function answerAll(t: TrackedPage, answers: Record<string, Answer>): Promise<void> {
  for (const q of questions) await option(t, q, answers[q] ?? 'no').check();
}
async function submit(t: TrackedPage): Promise<string | null> {
  await root(t).locator('button[type=submit]').click();
  return root(t).locator('[data-verdict]').getAttribute('data-verdict', { timeout: 5000 });
}
const checkedAnswers = (t: TrackedPage) =>
  root(t).evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll<HTMLInputElement>('fieldset[data-question] input:checked')].map((i) => [
        i.closest('fieldset')!.dataset['question'],
        i.dataset['option'],
      ]),
    ),
  );

describe.each(locales)('self-assessment in %s', (locale) => {
  const text = toolStrings(id, locale);

  test('can be completed with the keyboard alone; focus moves to the result, and axe passes', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await t.page.locator('body').focus();
      const yes = new Set(['scope-creep', 'commodity-pricing']);
      for (const q of questions) {
        // Tab enters the group on its first radio ("yes"); Space picks it, ArrowDown moves to and picks "no".
        await tabTo(t.page, `fieldset[data-question="${q}"] input[data-option="yes"]`);
        await t.page.keyboard.press(yes.has(q) ? 'Space' : 'ArrowDown');
      }
      expect(Object.values(await checkedAnswers(t)).filter((a) => a === 'yes')).toHaveLength(2);
      await tabTo(t.page, `[data-tool="${id}"] button[type=submit]`);
      await t.page.keyboard.press('Enter');
      const result = root(t).locator('[data-verdict]');
      expect(await result.getAttribute('data-verdict')).toBe('repair');
      await expect.poll(() => t.page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[23]$/);
      expect(await t.page.evaluate(() => document.activeElement?.textContent)).toBe(
        fillTemplate(locale, text['result.heading']!, { verdict: text['verdict.repair']! }),
      );
      // The result names the answers that led to it, and links to guides in this language.
      const present = await result.locator('[data-present] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['answerOf']));
      expect(present.sort()).toEqual(['commodity-pricing', 'scope-creep']);
      expect(await result.locator(`a[href="/${locale}/guides/repair/"]`).count()).toBe(1);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  // One page for every verdict: each step answers all the questions again, so none depends on the one before.
  test('unanswered questions give an error summary that takes focus and links to each question; “check your answers” change links return to the question and the result follows the new answer; all “not sure” gives “find out first”, naming the deal-breaker to settle first, never claiming every answer was no; abuse of staff ends it now even when everything else is no; illegal conduct means legal advice first, alone or with abuse of staff; a mild case (scope creep, commodity pricing) gives repair first, a not-sure listed to find out', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const result = root(t).locator('[data-verdict]');
      await step('unanswered questions give an error summary that takes the focus and links to each question', async () => {
        await option(t, 'abuse-of-staff', 'no').check();
        await root(t).locator('button[type=submit]').click();
        const summary = root(t).locator('[data-error-summary]');
        await summary.waitFor();
        expect(await summary.getAttribute('role'), 'error summary role').toBe('alert');
        await expect
          .poll(() => t.page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')), { message: 'focus on the error summary' })
          .toBe(true);
        expect(await summary.locator('a').count(), 'a link per unanswered question').toBe(questions.length - 1);
        expect(await t.page.title(), 'title while in error').toMatch(new RegExp(`^${text['error.titlePrefix']}`));
        expect(await root(t).locator('[data-verdict]').count(), 'no verdict while in error').toBe(0);
        await summary.locator('a').first().click();
        expect(await t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('fieldset')?.dataset['question'])).toBe('illegal-conduct');
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await answerAll(t, {});
        expect(await submit(t), 'all no').toBe('keep');
        expect(await summary.count(), 'error summary gone').toBe(0);
        expect(await t.page.title(), 'title once answered').not.toMatch(new RegExp(`^${text['error.titlePrefix']}`));
      });
      await step('“check your answers” change links return to the question, and the result follows the new answer', async () => {
        await answerAll(t, {});
        expect(await submit(t)).toBe('keep');
        await root(t).locator('[data-change="unpaid-invoices"]').click();
        expect(await t.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset['option']), 'change link focus').toBe('no');
        expect(await t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('fieldset')?.dataset['question'])).toBe('unpaid-invoices');
        await option(t, 'unpaid-invoices', 'yes').check();
        expect(await submit(t), 'after changing an answer').toBe('repair');
      });
      await step('all “not sure” gives “find out first”, naming the deal-breaker to settle first, and never claims every answer was no', async () => {
        await answerAll(t, Object.fromEntries(questions.map((q) => [q, 'not-sure' as Answer])));
        expect(await submit(t), 'all not sure').toBe('find-out');
        expect(await result.locator('[data-find-out-first]').textContent()).toBe(
          fillTemplate(locale, text['why.findOutFirst']!, { question: text['question.illegal-conduct.short']!, verdict: text['verdict.legal-then-end']! }),
        );
        expect(await result.textContent(), 'all not sure: nothing present').toContain(text['present.none']);
        expect(await result.textContent(), 'all not sure: never “keep”').not.toContain(text['verdict.keep.summary']);
      });
      await step('abuse of staff ends it now even when everything else is no', async () => {
        await answerAll(t, { 'abuse-of-staff': 'yes' });
        expect(await submit(t), 'abuse of staff').toBe('end-now');
        expect(await result.textContent()).toContain(fillTemplate(locale, text['why.dealBreaker']!, { question: text['question.abuse-of-staff.short']! }));
        expect(await result.locator(`a[href="/${locale}/guides/decided-cases/"]`).count(), 'abuse of staff: decided-cases link').toBe(1);
      });
      await step('illegal conduct means legal advice first, alone or together with abuse of staff', async () => {
        await answerAll(t, { 'illegal-conduct': 'yes' });
        expect(await submit(t), 'illegal conduct').toBe('legal-then-end');
        await option(t, 'abuse-of-staff', 'yes').check();
        expect(await submit(t), 'illegal conduct and abuse of staff').toBe('legal-then-end');
        expect(await result.textContent()).toContain(text['why.both']);
      });
      await step('a mild case (scope creep and commodity pricing) gives repair first; a not-sure is listed to find out', async () => {
        await answerAll(t, { 'scope-creep': 'yes', 'commodity-pricing': 'yes', 'unpaid-invoices': 'not-sure' });
        expect(await submit(t), 'mild case').toBe('repair');
        const toFindOut = await root(t)
          .locator('[data-to-find-out] li')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['answerOf']));
        expect(toFindOut, 'mild case: to find out').toEqual(['unpaid-invoices']);
      });
    });
    // Six tests' worth of clicks: on a loaded machine each radio's click waits its turn.
  }, 180_000);

  test('answers survive a reload once “remember” is on, and “forget” erases them', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await answerAll(t, { 'never-satisfied': 'yes', 'no-growth': 'not-sure' });
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
      await root(t).locator('[data-remember]').check();
      expect(await t.page.evaluate((key) => localStorage.getItem(key), storageKey(locale))).toContain('never-satisfied');
      await t.page.reload();
      await hydratedTool(t.page, id);
      const restored = await checkedAnswers(t);
      expect(Object.keys(restored)).toHaveLength(questions.length);
      expect(restored['never-satisfied']).toBe('yes');
      expect(restored['no-growth']).toBe('not-sure');
      expect(await root(t).locator('[data-remember]').isChecked()).toBe(true);
      expect(await submit(t)).toBe('repair');
      await root(t).locator('[data-forget]').click();
      expect(await checkedAnswers(t)).toEqual({});
      expect(await root(t).locator('[data-verdict]').count()).toBe(0);
      expect(await root(t).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.forgotten'));
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await checkedAnswers(t)).toEqual({});
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
    });
  });

  test('corrupt saved data shows a notice and the tool still works', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const envelope = {
        format: 'parting-ways/answers',
        tool: id,
        version: definition.version,
        locale,
        definition: 'whatever',
        savedAt: '2026-01-01T00:00:00Z',
        data: { answers: { 'abuse-of-staff': 'perhaps' } },
      };
      await t.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey(locale), '{"format":"parting-ways/answers","data":']);
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await root(t).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.setAside.corrupt'));
      await answerAll(t, { 'abuse-of-staff': 'yes' });
      expect(await submit(t)).toBe('end-now');
      // Answers that fail validation (an unknown answer value) are set aside too.
      await t.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey(locale), JSON.stringify(envelope)]);
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await root(t).locator('[data-tool-notice]').textContent()).not.toBe('');
      expect(await checkedAnswers(t)).toEqual({});
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  test('without JavaScript the page is a readable worksheet with the scoring rules written out', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(`/${locale}/tools/${id}/`);
        const tool = toolRoot(tracked.page, id);
        expect(await tool.locator('fieldset[data-question]').count()).toBe(questions.length);
        expect(await tool.locator('input[data-option]').count()).toBe(questions.length * 3);
        expect(await tool.locator('input[data-option]:checked').count()).toBe(0);
        expect(await tool.locator('button[type=submit]').isVisible()).toBe(false);
        expect(await tool.textContent()).toContain(text['nojs']);
        const rules = tool.locator('[data-rules]');
        expect(await rules.isVisible()).toBe(true);
        const rulesText = (await rules.textContent()) ?? '';
        for (const v of ['keep', 'repair', 'prepare-to-end', 'end-now'] as const) expect(rulesText).toContain(text[`verdict.${v}`]);
        expect(rulesText).toContain(fillTemplate(locale, text['rules.band.top']!, { min: definition.thresholds['end-now'] }));
        expect(rulesText).toContain(
          fillTemplate(locale, text['rules.dealBreaker']!, { question: text['question.illegal-conduct.short']!, verdict: text['verdict.legal-then-end']! }),
        );
        // Each question shows its points, so the worksheet can be scored by hand.
        expect(await tool.locator('fieldset[data-question="unpaid-invoices"]').textContent()).toContain(
          fillTemplate(locale, text['worksheet.points']!, { points: 3 }),
        );
        if (locale === 'fa') expect(rulesText).toMatch(/[۰-۹]/);
        // Ticking by hand works natively; nothing is ever submitted.
        await tool.locator('fieldset[data-question="scope-creep"] input[data-option="yes"]').check();
        expect(tracked.page.url()).toMatch(new RegExp(`/${locale}/tools/${id}/$`));
      },
      { javaScriptEnabled: false },
    );
  });
});
