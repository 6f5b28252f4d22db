import { describe, expect, test } from 'vitest';
import {
  assess,
  isSavedAssessment,
  unansweredQuestions,
  urgency,
  verdictForScore,
  verdicts,
  type Answer,
  type Answers,
  type Assessment,
  type ScoringRules,
} from '../../src/lib/assessment-scoring';
import definition from '../../content/tools/self-assessment/definition';

const rules: ScoringRules = definition;
const ids = rules.questions.map((q) => q.id);
const weightOf = (id: string) => rules.questions.find((q) => q.id === id)!.weight;

/** Every question answered `no`, then the given answers on top. */
function answers(overrides: Record<string, Answer> = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, 'no' as Answer])), ...overrides };
}
function complete(a: Answers): Assessment {
  const result = assess(rules, a);
  if (result.status !== 'complete') throw new Error(`incomplete: ${result.unanswered.join(', ')}`);
  return result;
}
/** Yes to questions that are not deal-breakers, lightest first, until `points` is reached exactly (or throws). */
function yesWorth(points: number, exclude: string[] = []): Record<string, Answer> {
  const pool = rules.questions.filter((q) => !q.dealBreaker && !exclude.includes(q.id));
  // Small exhaustive search: the fewest questions summing exactly to `points`.
  let best: string[] | undefined;
  const visit = (i: number, chosen: string[], sum: number) => {
    if (sum === points && (!best || chosen.length < best.length)) best = [...chosen];
    if (sum >= points || i >= pool.length) return;
    visit(i + 1, [...chosen, pool[i]!.id], sum + pool[i]!.weight);
    visit(i + 1, chosen, sum);
  };
  visit(0, [], 0);
  if (!best) throw new Error(`no combination worth ${points}`);
  return Object.fromEntries(best.map((id) => [id, 'yes' as Answer]));
}
const nonBreakers = rules.questions.filter((q) => !q.dealBreaker).map((q) => q.id);

describe('the definition', () => {
  test('has between 12 and 20 questions, including every id the tests and other tools rely on', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(ids.length).toBeLessThanOrEqual(20);
    expect(ids).toEqual(
      expect.arrayContaining(['abuse-of-staff', 'illegal-conduct', 'unpaid-invoices', 'commodity-pricing', 'never-satisfied', 'scope-creep', 'unprofitable']),
    );
  });
  test('makes abuse of staff and illegal conduct the deal-breakers', () => {
    expect(rules.questions.filter((q) => q.dealBreaker).map((q) => [q.id, q.dealBreaker])).toEqual([
      ['abuse-of-staff', 'end-now'],
      ['illegal-conduct', 'legal-then-end'],
    ]);
  });
});

describe('assess', () => {
  test('keeps a client when every answer is no', () => {
    const result = complete(answers());
    expect(result).toMatchObject({ verdict: 'keep', score: 0, decidedBy: 'score', present: [], toFindOut: [] });
  });

  test('reaches every verdict', () => {
    const reached = new Set([
      complete(answers()).verdict,
      complete(answers({ 'scope-creep': 'yes', 'commodity-pricing': 'yes' })).verdict,
      complete(answers(yesWorth(rules.thresholds['prepare-to-end']))).verdict,
      complete(answers(yesWorth(rules.thresholds['end-now']))).verdict,
      complete(answers({ 'abuse-of-staff': 'yes' })).verdict,
      complete(answers({ 'illegal-conduct': 'yes' })).verdict,
    ]);
    expect([...reached].sort()).toEqual([...verdicts].sort());
  });

  test('abuse of staff ends the relationship whatever the total', () => {
    expect(complete(answers({ 'abuse-of-staff': 'yes' }))).toMatchObject({ verdict: 'end-now', decidedBy: 'deal-breaker', dealBreakers: ['abuse-of-staff'] });
    const everythingElseNotSure = answers(Object.fromEntries(nonBreakers.map((id) => [id, 'not-sure' as Answer])));
    expect(complete({ ...everythingElseNotSure, 'abuse-of-staff': 'yes', 'illegal-conduct': 'no' }).verdict).toBe('end-now');
  });

  test('illegal conduct means legal advice, then ending it, whatever the total', () => {
    expect(complete(answers({ 'illegal-conduct': 'yes' }))).toMatchObject({
      verdict: 'legal-then-end',
      decidedBy: 'deal-breaker',
      dealBreakers: ['illegal-conduct'],
    });
    const everythingYes = answers(Object.fromEntries(nonBreakers.map((id) => [id, 'yes' as Answer])));
    expect(complete({ ...everythingYes, 'illegal-conduct': 'yes' }).verdict).toBe('legal-then-end');
  });

  test('both deal-breakers put legal advice first', () => {
    const result = complete(answers({ 'abuse-of-staff': 'yes', 'illegal-conduct': 'yes' }));
    expect(result.verdict).toBe('legal-then-end');
    expect(result.dealBreakers).toEqual(['illegal-conduct', 'abuse-of-staff']);
  });

  test('a score that already reaches end now is not lowered by a deal-breaker, and is credited to the deal-breaker', () => {
    const result = complete(answers({ ...yesWorth(rules.thresholds['end-now']), 'abuse-of-staff': 'yes' }));
    expect(result).toMatchObject({ verdict: 'end-now', decidedBy: 'deal-breaker' });
  });

  test('a mild case (scope creep and commodity pricing) means repair first', () => {
    const result = complete(answers({ 'scope-creep': 'yes', 'commodity-pricing': 'yes' }));
    expect(result).toMatchObject({ verdict: 'repair', score: 2, decidedBy: 'score', raised: false });
    expect(result.present.map((c) => c.id).sort()).toEqual(['commodity-pricing', 'scope-creep']);
  });

  test('names the answers that led to the verdict, heaviest first', () => {
    const result = complete(answers({ 'scope-creep': 'yes', 'unpaid-invoices': 'yes', 'never-satisfied': 'yes' }));
    expect(result.present.map((c) => [c.id, c.points])).toEqual([
      ['unpaid-invoices', 3],
      ['never-satisfied', 2],
      ['scope-creep', 1],
    ]);
  });

  describe('thresholds are exact', () => {
    test.each([
      ['repair', 'keep'],
      ['prepare-to-end', 'repair'],
      ['end-now', 'prepare-to-end'],
    ] as const)('exactly the %s threshold gives %s, one point less the verdict below', (verdict, below) => {
      const threshold = rules.thresholds[verdict];
      const at = complete(answers(yesWorth(threshold)));
      expect(at.score).toBe(threshold);
      // Only the score speaks: the several-issues rule either did not apply or could not reach this verdict.
      expect(at.yesCount < rules.severalIssues.count || urgency(verdict) > urgency(rules.severalIssues.upTo)).toBe(true);
      expect(at.verdict).toBe(verdict);
      const under = complete(answers(yesWorth(threshold - 1)));
      expect(under.verdict).toBe(below);
    });
    test('verdictForScore uses >= at each threshold', () => {
      expect(verdictForScore(rules, 0)).toBe('keep');
      expect(verdictForScore(rules, rules.thresholds.repair - 0.5)).toBe('keep');
      expect(verdictForScore(rules, rules.thresholds.repair)).toBe('repair');
      expect(verdictForScore(rules, rules.thresholds['prepare-to-end'] - 0.5)).toBe('repair');
      expect(verdictForScore(rules, rules.thresholds['prepare-to-end'])).toBe('prepare-to-end');
      expect(verdictForScore(rules, rules.thresholds['end-now'] - 0.5)).toBe('prepare-to-end');
      expect(verdictForScore(rules, rules.thresholds['end-now'])).toBe('end-now');
      expect(verdictForScore(rules, 1000)).toBe('end-now');
    });
  });

  describe('not sure', () => {
    test('counts half the weight and is listed as something to find out', () => {
      const result = complete(answers({ 'unpaid-invoices': 'not-sure', 'scope-creep': 'yes' }));
      expect(result.score).toBe(weightOf('scope-creep') + weightOf('unpaid-invoices') * 0.5);
      expect(result.certainPoints).toBe(weightOf('scope-creep'));
      expect(result.toFindOut).toEqual([{ id: 'unpaid-invoices', answer: 'not-sure', points: 1.5 }]);
      expect(result.present.map((c) => c.id)).toEqual(['scope-creep']);
    });
    test('is not a yes: a not-sure deal-breaker never forces its verdict, but says what a yes would mean and comes first', () => {
      const result = complete(answers({ 'illegal-conduct': 'not-sure', 'unpaid-invoices': 'not-sure' }));
      expect(result.verdict).not.toBe('legal-then-end');
      expect(result.decidedBy).toBe('score');
      expect(result.toFindOut[0]).toEqual({ id: 'illegal-conduct', answer: 'not-sure', points: 3, ifYes: 'legal-then-end' });
      expect(result.toFindOut[1]!.id).toBe('unpaid-invoices');
    });
    test('half points can reach the next threshold', () => {
      // scope creep (1) + half of commodity pricing (0.5) + half of too-much-contact (0.5) = 2.
      const result = complete(answers({ 'scope-creep': 'yes', 'commodity-pricing': 'not-sure', 'too-much-contact': 'not-sure' }));
      expect(result.score).toBe(rules.thresholds.repair);
      expect(result.verdict).toBe('repair');
    });
    test('doubt alone never ends a relationship: everything not sure stops at prepare to end', () => {
      const result = complete(Object.fromEntries(ids.map((id) => [id, 'not-sure' as Answer])));
      expect(result.score).toBeGreaterThanOrEqual(rules.thresholds['end-now']);
      expect(result.verdict).toBe(rules.doubtCap);
      expect(result.doubtCapped).toBe(true);
      expect(result.toFindOut).toHaveLength(ids.length);
    });
    test('certain points alone can still end it when they reach the threshold', () => {
      const certain = yesWorth(rules.thresholds['end-now']);
      const result = complete(answers({ ...certain, 'no-growth': certain['no-growth'] ?? 'not-sure' }));
      expect(result.verdict).toBe('end-now');
      expect(result.doubtCapped).toBe(false);
    });
  });

  describe('several issues at once', () => {
    const fiveSmall = { 'commodity-pricing': 'yes', 'scope-creep': 'yes', 'too-much-contact': 'yes', 'too-little-contact': 'yes', 'no-growth': 'yes' } as const;
    test('five small problems together move repair to prepare to end', () => {
      const result = complete(answers(fiveSmall));
      expect(result).toMatchObject({ score: 5, scoreVerdict: 'repair', raised: true, verdict: 'prepare-to-end', yesCount: 5 });
    });
    test('four of them do not', () => {
      const { 'no-growth': _dropped, ...four } = fiveSmall;
      expect(complete(answers(four))).toMatchObject({ verdict: 'repair', raised: false });
    });
    test('never raise past prepare to end on their own', () => {
      const result = complete(answers({ ...fiveSmall, 'unpaid-invoices': 'yes', unprofitable: 'yes' }));
      expect(result.score).toBe(11);
      expect(result).toMatchObject({ scoreVerdict: 'prepare-to-end', verdict: 'prepare-to-end', raised: false });
    });
    test('not-sure answers do not count as issues', () => {
      const notSure = Object.fromEntries(Object.keys(fiveSmall).map((id) => [id, 'not-sure' as Answer]));
      expect(complete(answers(notSure))).toMatchObject({ yesCount: 0, raised: false, verdict: 'repair' });
    });
  });

  test('refuses to give a verdict while questions are unanswered, naming them in order', () => {
    const partial = answers();
    const { 'scope-creep': _a, 'abuse-of-staff': _b, ...rest } = partial;
    expect(assess(rules, rest)).toEqual({ status: 'incomplete', unanswered: ['abuse-of-staff', 'scope-creep'] });
    expect(unansweredQuestions(rules, { ...rest, 'scope-creep': 'maybe' as Answer, 'abuse-of-staff': undefined })).toEqual(['abuse-of-staff', 'scope-creep']);
  });

  test('ignores answers to questions the definition no longer has', () => {
    expect(complete({ ...answers(), 'retired-question': 'yes' }).verdict).toBe('keep');
  });

  test('orders verdicts by urgency, legal advice last', () => {
    expect(verdicts.map(urgency)).toEqual([0, 1, 2, 3, 4]);
    expect(urgency('legal-then-end')).toBeGreaterThan(urgency('end-now'));
  });
});

describe('saved answers', () => {
  test('accepts what the tool saves', () => {
    expect(isSavedAssessment({ answers: {} })).toBe(true);
    expect(isSavedAssessment({ answers: { 'scope-creep': 'yes', unprofitable: 'not-sure' } })).toBe(true);
  });
  test('refuses anything else, so it is set aside rather than trusted', () => {
    expect(isSavedAssessment(null)).toBe(false);
    expect(isSavedAssessment({})).toBe(false);
    expect(isSavedAssessment({ answers: [] })).toBe(false);
    expect(isSavedAssessment({ answers: { 'scope-creep': 'perhaps' } })).toBe(false);
    expect(isSavedAssessment({ answers: { '<script>': 'yes' } })).toBe(false);
    expect(isSavedAssessment({ answers: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, 'no'])) })).toBe(false);
  });
});
