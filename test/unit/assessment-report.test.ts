import { describe, expect, test } from 'vitest';
import { assess, type Answer, type Answers, type Assessment } from '../../src/lib/assessment-scoring';
import { buildReport, notSureShare, reportText, scoreBands } from '../../src/lib/assessment-report';
import definition from '../../content/tools/self-assessment/definition';
import en from '../../content/tools/self-assessment/en.json';
import fa from '../../content/tools/self-assessment/fa.json';

const ids = definition.questions.map((q) => q.id);
const answers = (overrides: Record<string, Answer> = {}): Answers => ({ ...Object.fromEntries(ids.map((id) => [id, 'no' as Answer])), ...overrides });
const result = (a: Answers) => assess(definition, a) as Assessment;
const report = (overrides: Record<string, Answer>, strings: Record<string, string> = en, locale: 'en' | 'fa' = 'en') => {
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

  test('says when several issues raised the verdict and when doubt was capped', () => {
    const raised = report({ 'commodity-pricing': 'yes', 'scope-creep': 'yes', 'too-much-contact': 'yes', 'too-little-contact': 'yes', 'no-growth': 'yes' });
    expect(raised.why[1]).toBe(
      'You answered yes to 5 questions. When this many problems come together, the result moves one step up, from “Repair first” to “Prepare to end it”.',
    );
    const doubtful = report(Object.fromEntries(ids.map((id) => [id, 'not-sure' as Answer])));
    expect(doubtful.why.at(-1)).toContain('doubts on their own never lead further than “Prepare to end it”');
    expect(doubtful.toFindOut[0]).toMatchObject({ id: 'abuse-of-staff', ifYes: 'If the answer turns out to be yes: End it now.' });
  });

  test('lists every question with the answer given, for checking', () => {
    const r = report({ unprofitable: 'not-sure' });
    expect(r.answers).toHaveLength(ids.length);
    expect(r.answers.find((a) => a.id === 'unprofitable')).toEqual({ id: 'unprofitable', question: 'Not profitable', answer: 'Not sure' });
  });
});

describe('reportText', () => {
  test('writes the result, its reasons, steps, guides and answers as plain text', () => {
    const text = reportText(en.title, en, report({ 'scope-creep': 'yes' }), [{ title: 'Repair', url: 'https://example.test/en/guides/repair/' }]);
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
