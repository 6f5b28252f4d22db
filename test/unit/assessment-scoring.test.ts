import { describe, expect, test } from 'vitest';
import {
  assess,
  isSavedAssessment,
  rulesSummary,
  scorePosition,
  unansweredQuestions,
  urgency,
  verdictForScore,
  verdicts,
  weighedMost,
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
    expect(result).toMatchObject({ verdict: 'keep', score: 0, decidedBy: 'score', present: [], toFindOut: [], strengths: [] });
  });

  test('reaches every verdict', () => {
    const reached = new Set([
      complete(answers()).verdict,
      complete(answers({ 'scope-creep': 'yes', 'commodity-pricing': 'yes' })).verdict,
      complete(answers(yesWorth(rules.thresholds['prepare-to-end']))).verdict,
      complete(answers(yesWorth(rules.thresholds['end-now']))).verdict,
      complete(answers({ 'abuse-of-staff': 'yes' })).verdict,
      complete(answers({ 'illegal-conduct': 'yes' })).verdict,
      complete(answers({ 'abuse-of-staff': 'not-sure' })).verdict,
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
      expect(at.realProblems < rules.severalIssues.count || urgency(verdict) > urgency(rules.severalIssues.upTo) || at.verdict === at.scoreVerdict).toBe(true);
      expect(at.verdict).toBe(verdict);
      const under = complete(answers(yesWorth(threshold - 1)));
      expect(under.scoreVerdict).toBe(below);
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

  describe('not sure (rule 2: find out first)', () => {
    const allNotSure = () => Object.fromEntries(ids.map((id) => [id, 'not-sure' as Answer]));
    test('counts half the weight and is listed as something to find out', () => {
      const result = complete(answers({ 'unpaid-invoices': 'not-sure', 'scope-creep': 'yes' }));
      expect(result.score).toBe(weightOf('scope-creep') + weightOf('unpaid-invoices') * 0.5);
      expect(result.certainPoints).toBe(weightOf('scope-creep'));
      expect(result.doubtfulPoints).toBe(1.5);
      expect(result.toFindOut).toEqual([{ id: 'unpaid-invoices', answer: 'not-sure', points: 1.5 }]);
      expect(result.present.map((c) => c.id)).toEqual(['scope-creep']);
    });
    test('every answer not sure gives find out first, never a verdict about the client', () => {
      const result = complete(allNotSure());
      expect(result).toMatchObject({ verdict: 'find-out', decidedBy: 'doubt', certainPoints: 0, yesCount: 0 });
      expect(result.findOutFirst?.id).toBe('illegal-conduct');
    });
    test('two yes answers and fourteen not sure still give find out first', () => {
      const a = allNotSure();
      const result = complete({ ...a, 'scope-creep': 'yes', 'unpaid-invoices': 'yes' });
      expect(result.verdict).toBe('find-out');
    });
    test('a deal-breaker answered not sure says what to find out first, and what a yes would mean', () => {
      const result = complete(answers({ 'abuse-of-staff': 'not-sure' }));
      expect(result).toMatchObject({ verdict: 'find-out', decidedBy: 'doubt' });
      expect(result.findOutFirst).toEqual({ id: 'abuse-of-staff', answer: 'not-sure', points: 3, ifYes: 'end-now' });
    });
    test('a not-sure deal-breaker never forces its verdict; the more urgent one is listed first', () => {
      const result = complete(answers({ 'illegal-conduct': 'not-sure', 'abuse-of-staff': 'not-sure', 'unpaid-invoices': 'not-sure' }));
      expect(result.verdict).toBe('find-out');
      expect(result.toFindOut.map((c) => c.id)).toEqual(['illegal-conduct', 'abuse-of-staff', 'unpaid-invoices']);
    });
    test('doubt that would not change the result leaves the verdict of the facts', () => {
      // One small doubt beside nothing certain: still below every threshold.
      expect(complete(answers({ 'scope-creep': 'not-sure' })).verdict).toBe('keep');
    });
    test('doubt that weighs less than the facts never raises the verdict', () => {
      const certain = yesWorth(rules.thresholds['prepare-to-end'] + 2);
      const doubtful = Object.fromEntries(
        nonBreakers
          .filter((id) => !(id in certain))
          .slice(0, 2)
          .map((id) => [id, 'not-sure' as Answer]),
      );
      const result = complete(answers({ ...certain, ...doubtful }));
      expect(result.doubtfulPoints).toBeLessThan(result.certainPoints);
      expect(result.verdict).toBe(result.raised ? 'prepare-to-end' : result.scoreVerdict);
      expect(urgency(result.verdict)).toBeLessThanOrEqual(urgency('prepare-to-end'));
    });
    test('a not-sure deal-breaker beside stronger facts keeps the facts’ verdict but is still named first', () => {
      const result = complete(answers({ ...yesWorth(rules.thresholds['prepare-to-end']), 'abuse-of-staff': 'not-sure' }));
      expect(result.verdict).toBe('prepare-to-end');
      expect(result.findOutFirst?.id).toBe('abuse-of-staff');
    });
    test('certain points alone can still end it when they reach the threshold', () => {
      const result = complete(answers({ ...yesWorth(rules.thresholds['end-now']), 'commodity-pricing': 'not-sure' }));
      expect(result.verdict).toBe('end-now');
    });
  });

  describe('several real problems at once (rule 4)', () => {
    test('five small nuisances together are not raised', () => {
      const result = complete(
        answers({ 'commodity-pricing': 'yes', 'scope-creep': 'yes', 'too-much-contact': 'yes', 'too-little-contact': 'yes', 'no-growth': 'yes' }),
      );
      expect(result).toMatchObject({ verdict: 'repair', raised: false, realProblems: 0 });
    });
    test('two real problems move repair to prepare to end', () => {
      const result = complete(answers({ 'unpaid-invoices': 'yes', 'never-satisfied': 'yes' }));
      expect(result).toMatchObject({ scoreVerdict: 'repair', verdict: 'prepare-to-end', raised: true, realProblems: 2 });
    });
    test('one real problem is not raised', () => {
      expect(complete(answers({ 'unpaid-invoices': 'yes' }))).toMatchObject({ verdict: 'repair', raised: false });
    });
    test('never raise past prepare to end on their own', () => {
      const result = complete(answers(yesWorth(rules.thresholds['prepare-to-end'])));
      expect(result.realProblems).toBeGreaterThanOrEqual(2);
      expect(result.verdict).toBe('prepare-to-end');
    });
    test('a client who credits good work and shares responsibility is not raised: a partner to repair with', () => {
      const result = complete(answers({ 'unpaid-invoices': 'yes', 'never-satisfied': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' }));
      expect(result).toMatchObject({ verdict: 'repair', raised: false, partner: true, allStrengths: true });
    });
    test('not-sure answers do not count as problems', () => {
      const result = complete(answers({ 'unpaid-invoices': 'yes', 'never-satisfied': 'not-sure' }));
      expect(result.realProblems).toBe(1);
    });
  });

  describe('strengths', () => {
    test('never change the points, so a good sign cannot buy a better verdict', () => {
      const without = complete(answers({ 'unpaid-invoices': 'yes' }));
      const withStrengths = complete(answers({ 'unpaid-invoices': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' }));
      expect(withStrengths.score).toBe(without.score);
      expect(withStrengths.verdict).toBe(without.verdict);
      expect(withStrengths.strengths).toEqual(['credits-good-work', 'shares-responsibility']);
    });
    test('keep says why when the demanding client is a partner', () => {
      expect(complete(answers({ 'scope-creep': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' }))).toMatchObject({
        verdict: 'keep',
        allStrengths: true,
      });
    });
    test('do not outweigh a deal-breaker', () => {
      expect(complete(answers({ 'abuse-of-staff': 'yes', 'credits-good-work': 'yes', 'shares-responsibility': 'yes' })).verdict).toBe('end-now');
    });
  });

  describe('the result’s layout helpers', () => {
    test('the three answers that weighed most: deal-breakers first, then the heaviest', () => {
      const result = complete(answers({ 'abuse-of-staff': 'yes', 'scope-creep': 'yes', 'unpaid-invoices': 'yes', 'never-satisfied': 'yes' }));
      expect(weighedMost(result).map((c) => c.id)).toEqual(['abuse-of-staff', 'unpaid-invoices', 'never-satisfied']);
    });
    test('when doubt decided, the doubts weighed most', () => {
      expect(weighedMost(complete(answers({ 'unpaid-invoices': 'not-sure', unprofitable: 'not-sure' }))).map((c) => c.id)).toEqual([
        'unpaid-invoices',
        'unprofitable',
      ]);
    });
    test('nothing weighed when every answer is no', () => {
      expect(weighedMost(complete(answers()))).toEqual([]);
    });
    test('the score’s position against the bands, for a meter', () => {
      const position = scorePosition(rules, complete(answers({ 'unpaid-invoices': 'yes', 'scope-creep': 'not-sure' })));
      expect(position).toMatchObject({ certain: 3, doubtful: 0.5, score: 3.5, max: 37, band: 'repair' });
      expect(position.fraction).toBeCloseTo(3.5 / 37);
      expect(position.bands.map((b) => [b.verdict, b.from, b.to])).toEqual([
        ['keep', 0, 2],
        ['repair', 2, 8],
        ['prepare-to-end', 8, 14],
        ['end-now', 14, 37],
      ]);
    });
    test('the rules’ numbers are exposed for the worksheet', () => {
      expect(rulesSummary(rules)).toMatchObject({
        findOutShare: 0.5,
        severalIssues: { count: 2, minWeight: 2 },
        strengths: ['credits-good-work', 'shares-responsibility'],
      });
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
    expect(verdicts.map(urgency)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(urgency('find-out')).toBeLessThan(urgency('repair'));
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
