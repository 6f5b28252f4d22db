import { describe, expect, test } from 'vitest';
import { assess, type Answer, type Answers, type Assessment } from '../../src/lib/assessment-scoring';
import { buildReport, nextSteps, notSureShare, reportText, scoreBands } from '../../src/lib/assessment-report';
import { fillTemplate } from '../../src/i18n/template';
import type { Locale } from '../../src/i18n/locales';
import definition from '../../content/tools/self-assessment/definition';
import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales';

/** The self-assessment's strings in every locale. */
const stringsOf = Object.fromEntries(
  localeCodes.map((locale) => [locale, JSON.parse(readFileSync(`content/tools/self-assessment/${locale}.json`, 'utf8')) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;
const { en, fa } = stringsOf;

const ids = definition.questions.map((q) => q.id);
const answers = (overrides: Record<string, Answer> = {}): Answers => ({ ...Object.fromEntries(ids.map((id) => [id, 'no' as Answer])), ...overrides });
const result = (a: Answers) => assess(definition, a) as Assessment;
const report = (overrides: Record<string, Answer>, strings: Record<string, string> = en, locale: Locale = 'en') => {
  const a = answers(overrides);
  return buildReport(locale, definition, strings, result(a), a);
};

describe('buildReport', () => {
  test('explains a deal-breaker by naming the answer', () => {
    const r = report({ 'abuse-of-staff': 'yes' });
    expect(r.heading).toBe('Result: End it now');
    expect(r.why).toEqual(['You answered yes to “Mistreats your staff”. That decides the result on its own, whatever your other answers are.']);
    expect(r.steps[0]).toBe(en['verdict.end-now.step.protect-staff']);
  });

  test('puts legal advice first when both deal-breakers apply', () => {
    const r = report({ 'abuse-of-staff': 'yes', 'illegal-conduct': 'yes' });
    expect(r.verdict).toBe('legal-then-end');
    expect(r.why).toHaveLength(3);
    expect(r.why[0]).toContain('Illegal or unethical conduct');
    expect(r.why[2]).toBe(en['why.both']);
  });

  test('explains a score with its band, in the locale’s digits', () => {
    expect(report({ 'scope-creep': 'yes', 'commodity-pricing': 'yes' }).why).toEqual([
      'Your answers add up to 2 of 37 points. From 2 points, the suggestion is “Repair first”.',
    ]);
    expect(report({ 'scope-creep': 'yes', 'commodity-pricing': 'yes' }, fa, 'fa').why[0]).toContain('۲ از ۳۷');
    expect(report({}).why).toEqual(['Your answers add up to 0 of 37 points, below the 2 points at which repairs become the suggestion.']);
  });

  test('says when several real problems raised the verdict', () => {
    const raised = report({ 'unpaid-invoices': 'yes', 'never-satisfied': 'yes' });
    expect(raised.verdict).toBe('prepare-to-end');
    expect(raised.why[1]).toBe(fillTemplate('en', en['why.raised']!, { count: 2, from: 'Repair first', to: 'Prepare to end it' }));
  });

  test('says when a partner’s strengths held the verdict back, and keep says why', () => {
    const partner = report({ 'unpaid-invoices': 'yes', 'never-satisfied': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' });
    expect(partner.verdict).toBe('repair');
    expect(partner.why).toContain(fillTemplate('en', en['why.partner']!, { count: 2 }));
    const keep = report({ 'scope-creep': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' });
    expect(keep.summary).toBe(en['summary.keep.partner']);
    expect(keep.why).toContain(en['why.strengths']);
  });

  test('all not sure: find out first, with the deal-breaker to settle first, in every locale', () => {
    const allNotSure = Object.fromEntries(ids.map((id) => [id, 'not-sure' as Answer]));
    for (const [locale, strings] of Object.entries(stringsOf) as [Locale, Record<string, string>][]) {
      const r = report(allNotSure, strings, locale);
      expect(r.verdict).toBe('find-out');
      expect(r.summary).toBe(strings['verdict.find-out.summary']);
      expect(r.why[0]).toBe(fillTemplate(locale, strings['why.findOut']!, { doubtful: 18.5, certain: 0 }));
      expect(r.findOutFirst).toBe(
        fillTemplate(locale, strings['why.findOutFirst']!, { question: strings['question.illegal-conduct.short'], verdict: strings['verdict.legal-then-end'] }),
      );
      expect(r.present).toEqual([]);
    }
  });

  test('summaries are true of the answers: nothing about a small issue when every answer is no', () => {
    expect(report({}).summary).toBe(en['summary.keep.clear']);
    expect(report({ 'scope-creep': 'yes' }).summary).toBe(en['verdict.keep.summary']);
    expect(report({ 'scope-creep': 'not-sure' }).summary).toBe(en['verdict.keep.summary']);
    for (const strings of Object.values(stringsOf)) {
      expect(strings['summary.keep.clear']).not.toBe(strings['verdict.keep.summary']);
    }
  });

  test('"no problem confirmed" is the only wording for an empty list, true whether or not there are doubts', () => {
    expect(en['present.none']).not.toMatch(/every question/i);
    expect(report({ 'scope-creep': 'not-sure' }).present).toEqual([]);
  });

  test('names the answers that weighed most and the next tools per verdict', () => {
    const r = report({ 'abuse-of-staff': 'yes', 'unpaid-invoices': 'yes', 'scope-creep': 'yes', 'team-dreads': 'yes' });
    expect(r.weighedMost.map((l) => l.id)).toEqual(['abuse-of-staff', 'unpaid-invoices', 'team-dreads']);
    expect(r.next.tools).toEqual(['exit-letter', 'notice-and-handover']);
    expect(nextSteps(definition, 'prepare-to-end').tools).toEqual(['five-steps', 'revenue-per-hour']);
    expect(nextSteps(definition, 'legal-then-end').tools).toEqual(['exit-letter', 'notice-and-handover']);
    expect(nextSteps(definition, 'repair')).toMatchObject({ tools: ['revenue-per-hour'], guides: ['repair', 'money', 'case-study'] });
    expect(nextSteps(definition, 'find-out').tools.length).toBeGreaterThan(0);
  });

  test('lists every question with the answer given, for checking', () => {
    const r = report({ unprofitable: 'not-sure' });
    expect(r.answers).toHaveLength(ids.length);
    expect(r.answers.find((a) => a.id === 'unprofitable')).toEqual({ id: 'unprofitable', question: 'Not profitable', answer: 'Not sure' });
  });
});

describe('reportText', () => {
  test('writes the result, its reasons, steps, guides and answers as plain text', () => {
    const text = reportText(en.title!, en, report({ 'scope-creep': 'yes' }), [{ title: 'Repair', url: 'https://example.test/en/guides/repair/' }]);
    expect(text.split('\n').slice(0, 3)).toEqual([en.title, '', 'Result: Keep and grow']);
    expect(text).toContain('\nThe answers that led here\n- Scope creep (Points: 1)');
    expect(text).toContain('- Repair: https://example.test/en/guides/repair/');
    expect(text).toContain('- Scope creep: Yes');
  });
});

describe('the worksheet rules', () => {
  test('write out each band from the same thresholds the scoring uses', () => {
    expect(scoreBands('en', definition, en).map((b) => `${b.name}: ${b.band}`)).toEqual([
      'Keep and grow: under 2 points',
      'Repair first: 2 to under 8 points',
      'Prepare to end it: 8 to under 14 points',
      'End it now: 14 points or more',
    ]);
    expect(scoreBands('fa', definition, fa)[3]!.band).toBe('۱۴ امتیاز یا بیشتر');
    expect(notSureShare('fa', definition)).toBe('۵۰٪');
  });
});
