/**
 * Scoring for the self-assessment "Nightmare client, or just difficult?".
 *
 * Most questions ask whether a problem is present: `yes` means the red flag is there, `no`
 * that it is not, `not-sure` that the reader does not know yet. A few questions are
 * *strengths* (`strength: true`, weight 0): `yes` means the client behaves like a demanding
 * partner (credits good work, shares responsibility for results). Strengths never subtract
 * points, so nobody can "buy" a better verdict; they explain a `keep` and soften rule 4.
 *
 * The rules, one per outcome (each outcome is defined once, in this order; the first that
 * applies wins — after GOV.UK Smart Answers' "outcome-centric logic"):
 *   1. Deal-breaker. A `yes` to a deal-breaker question (abuse of staff → `end-now`, illegal
 *      or unethical conduct → `legal-then-end`) gives its verdict, or a more urgent one if
 *      the points already reach it. Both together give `legal-then-end`: legal advice first.
 *   2. Find out first (`find-out`). Points: a `yes` counts the question's full weight
 *      ("certain" points), a `not-sure` `notSureFactor` of it ("doubtful" points). When the
 *      doubtful points are at least `findOutShare` of all points AND doubt would change the
 *      result (counting them gives a more urgent verdict than the certain points alone, or a
 *      deal-breaker answered `not-sure` would give a more urgent verdict), doubt — not
 *      evidence — drives the score: the verdict is `find-out`. All `not-sure` always lands
 *      here. The not-sure deal-breaker, if any, is `findOutFirst`.
 *   3. Score. Otherwise only the certain points decide (doubt never raises a verdict): the
 *      most urgent of `repair`, `prepare-to-end`, `end-now` whose threshold they reach (`>=`),
 *      else `keep`.
 *   4. Several real problems. When at least `severalIssues.count` `yes` answers are to
 *      questions of weight `severalIssues.minWeight` or more (real problems, not nuisances),
 *      the score verdict moves one step more urgent, never past `severalIssues.upTo` — the
 *      guides: "a client with more than one real problem should be the first to go". Not
 *      applied when every strength question is answered `yes` (a partner to repair with).
 *
 * `rulesSummary()` exposes the numbers behind these rules for the worksheet shown without
 * JavaScript (its sentences are the `rules.*` strings of each locale).
 *
 * Every question must be answered (`not-sure` is the honest way out); `assess` returns
 * `{ status: 'incomplete', unanswered }` otherwise, so a verdict is never built on gaps.
 * Unknown question ids in the answers are ignored, which is also what happens to saved
 * answers after a question is removed (storage sets those aside before they get here).
 *
 * For the result's layout: `weighedMost()` (the answers that weighed most), `scorePosition()`
 * (the score against the bands, for a meter); next-step links per verdict are in the
 * definition's `outcomes` (see `nextSteps()` in `assessment-report.ts`).
 */

import { answerValues, verdicts, type Answer, type Verdict } from '../i18n/vocabulary';

// Re-exported so callers keep one import for scoring and its words.
export { answerValues, verdicts, type Answer, type Verdict };
/** The verdicts a score can give (keep is everything below `repair`). */
export type ScoreVerdict = 'repair' | 'prepare-to-end' | 'end-now';
export const scoreVerdicts: readonly ScoreVerdict[] = ['repair', 'prepare-to-end', 'end-now'];

export interface QuestionRule {
  id: string;
  /** Points for a `yes` (0 for a strength). */
  weight: number;
  /** A `yes` gives at least this verdict, whatever the score. */
  dealBreaker?: Verdict | undefined;
  /** `yes` is a good sign: the client credits good work, shares responsibility… */
  strength?: boolean | undefined;
}

export interface ScoringRules {
  questions: readonly QuestionRule[];
  /** Share of a question's weight that a `not-sure` counts. */
  notSureFactor: number;
  /** Lowest score that gives each verdict (keep is everything below `repair`). */
  thresholds: Readonly<Record<ScoreVerdict, number>>;
  /** Share of all points that doubtful points must reach to drive the result (rule 2). */
  findOutShare: number;
  /** This many `yes` answers of at least `minWeight` raise the score verdict one step, up to `upTo`. */
  severalIssues: { count: number; minWeight: number; upTo: Verdict };
}

export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Contribution {
  id: string;
  answer: Answer;
  points: number;
  /** For a deal-breaker question answered `not-sure`: the verdict a `yes` would give. */
  ifYes?: Verdict;
}

export interface Assessment {
  status: 'complete';
  verdict: Verdict;
  /** Which rule decided: 1 deal-breaker, 2 doubt (`find-out`), 3–4 score. */
  decidedBy: 'deal-breaker' | 'doubt' | 'score';
  /** Deal-breaker questions answered `yes`, most urgent first. */
  dealBreakers: string[];
  /** Certain plus doubtful points. */
  score: number;
  certainPoints: number;
  doubtfulPoints: number;
  maxScore: number;
  /** The verdict of the certain points alone, before several issues raised it. */
  scoreVerdict: Verdict;
  /** The verdict the score would give with doubtful points counted. */
  withDoubtVerdict: Verdict;
  /** True when several real problems raised the verdict. */
  raised: boolean;
  /** True when several real problems were present but every strength held the verdict back. */
  partner: boolean;
  /** `yes` answers to problems, heaviest first: the answers that led to the verdict. */
  present: Contribution[];
  /** `not-sure` answers, deal-breakers first, then heaviest: what to find out. */
  toFindOut: Contribution[];
  /** The not-sure deal-breaker to settle first (most urgent), if any. */
  findOutFirst: Contribution | undefined;
  /** Strength questions answered `yes`, in definition order. */
  strengths: string[];
  /** Strengths that exist in the rules and were all answered `yes`. */
  allStrengths: boolean;
  yesCount: number;
  /** `yes` answers to real problems (weight ≥ `severalIssues.minWeight`). */
  realProblems: number;
  notSureCount: number;
}

export type AssessmentResult = Assessment | { status: 'incomplete'; unanswered: string[] };

/** @example urgency('end-now') // 4 */
export function urgency(verdict: Verdict): number {
  return verdicts.indexOf(verdict);
}

const moreUrgent = (a: Verdict, b: Verdict): Verdict => (urgency(a) >= urgency(b) ? a : b);
const lessUrgent = (a: Verdict, b: Verdict): Verdict => (urgency(a) <= urgency(b) ? a : b);

/** The verdict a number of points reaches. @example verdictForScore(rules, 2) // 'repair' */
export function verdictForScore(rules: Pick<ScoringRules, 'thresholds'>, score: number): Verdict {
  let verdict: Verdict = 'keep';
  for (const v of scoreVerdicts) if (score >= rules.thresholds[v]) verdict = v;
  return verdict;
}

/** Questions without an answer, in the definition's order. */
export function unansweredQuestions(rules: Pick<ScoringRules, 'questions'>, answers: Answers): string[] {
  return rules.questions.filter((q) => !answerValues.includes(answers[q.id] as Answer)).map((q) => q.id);
}

const byPoints = (a: Contribution, b: Contribution) => b.points - a.points;

/** Scores a complete set of answers; see the module comment for the rules. */
export function assess(rules: ScoringRules, answers: Answers): AssessmentResult {
  const unanswered = unansweredQuestions(rules, answers);
  if (unanswered.length > 0) return { status: 'incomplete', unanswered };

  const present: Contribution[] = [];
  const toFindOut: Contribution[] = [];
  const strengths: string[] = [];
  let certainPoints = 0;
  let doubtfulPoints = 0;
  let realProblems = 0;
  let dealBreakerVerdict: Verdict | undefined;
  const dealBreakers: { id: string; verdict: Verdict }[] = [];

  for (const q of rules.questions) {
    const answer = answers[q.id]!;
    if (q.strength) {
      if (answer === 'yes') strengths.push(q.id);
      continue;
    }
    if (answer === 'yes') {
      certainPoints += q.weight;
      if (q.weight >= rules.severalIssues.minWeight) realProblems++;
      present.push({ id: q.id, answer, points: q.weight });
      if (q.dealBreaker) {
        dealBreakers.push({ id: q.id, verdict: q.dealBreaker });
        dealBreakerVerdict = dealBreakerVerdict ? moreUrgent(dealBreakerVerdict, q.dealBreaker) : q.dealBreaker;
      }
    } else if (answer === 'not-sure') {
      const points = q.weight * rules.notSureFactor;
      doubtfulPoints += points;
      toFindOut.push({ id: q.id, answer, points, ...(q.dealBreaker ? { ifYes: q.dealBreaker } : {}) });
    }
  }
  toFindOut.sort((a, b) => (b.ifYes ? urgency(b.ifYes) + 1 : 0) - (a.ifYes ? urgency(a.ifYes) + 1 : 0) || byPoints(a, b));

  const score = certainPoints + doubtfulPoints;
  const scoreVerdict = verdictForScore(rules, certainPoints);
  const withDoubtVerdict = verdictForScore(rules, score);
  const strengthIds = rules.questions.filter((q) => q.strength).map((q) => q.id);
  const allStrengths = strengthIds.length > 0 && strengthIds.every((id) => strengths.includes(id));

  // Rule 4 (computed first: rule 1 compares with it).
  const several = realProblems >= rules.severalIssues.count;
  let raisedVerdict = scoreVerdict;
  if (several && !allStrengths) {
    const next = verdicts[Math.min(urgency(scoreVerdict) + 1, verdicts.length - 1)]!;
    const stepped = next === 'find-out' ? 'repair' : next;
    raisedVerdict = moreUrgent(scoreVerdict, lessUrgent(stepped, rules.severalIssues.upTo));
  }

  const findOutFirst = toFindOut.find((c) => c.ifYes !== undefined);
  const doubtChanges =
    urgency(withDoubtVerdict) > urgency(raisedVerdict) || (findOutFirst !== undefined && urgency(findOutFirst.ifYes!) > urgency(raisedVerdict));
  const doubtDrives = doubtfulPoints > 0 && doubtfulPoints >= rules.findOutShare * score && doubtChanges;

  let verdict: Verdict;
  let decidedBy: Assessment['decidedBy'];
  if (dealBreakerVerdict) {
    verdict = moreUrgent(dealBreakerVerdict, raisedVerdict);
    decidedBy = urgency(dealBreakerVerdict) >= urgency(raisedVerdict) ? 'deal-breaker' : 'score';
  } else if (doubtDrives) {
    verdict = 'find-out';
    decidedBy = 'doubt';
  } else {
    verdict = raisedVerdict;
    decidedBy = 'score';
  }

  return {
    status: 'complete',
    verdict,
    decidedBy,
    dealBreakers: dealBreakers.sort((a, b) => urgency(b.verdict) - urgency(a.verdict)).map((d) => d.id),
    score,
    certainPoints,
    doubtfulPoints,
    maxScore: rules.questions.reduce((sum, q) => sum + q.weight, 0),
    scoreVerdict,
    withDoubtVerdict,
    raised: decidedBy === 'score' && raisedVerdict !== scoreVerdict && verdict === raisedVerdict,
    partner: several && allStrengths,
    present: present.sort(byPoints),
    toFindOut,
    findOutFirst,
    strengths,
    allStrengths,
    yesCount: present.length,
    realProblems,
    notSureCount: toFindOut.length,
  };
}

/**
 * The answers that weighed most in the result, at most `count` (3 by default): deal-breakers
 * answered yes first, then — when doubt decided — the not-sure answers, otherwise the yes
 * answers, heaviest first, topped up from the other list. Empty when nothing weighed.
 * @example weighedMost(result).map((c) => c.id) // ['unpaid-invoices', 'unprofitable', 'team-dreads']
 */
export function weighedMost(result: Assessment, count = 3): Contribution[] {
  const first = result.decidedBy === 'doubt' ? result.toFindOut : result.present;
  const second = result.decidedBy === 'doubt' ? result.present : result.toFindOut;
  const breakers = result.present.filter((c) => result.dealBreakers.includes(c.id));
  const rest = [...first, ...second].filter((c) => !breakers.includes(c));
  return [...breakers, ...rest].filter((c) => c.points > 0).slice(0, count);
}

export interface ScorePosition {
  /** Certain points, doubtful points and their sum. */
  certain: number;
  doubtful: number;
  score: number;
  max: number;
  /** `score / max`, 0 to 1 (a meter's value). */
  fraction: number;
  /** The score bands in order: from (inclusive) to (exclusive; `max` for the last). */
  bands: { verdict: 'keep' | ScoreVerdict; from: number; to: number }[];
  /** The band the certain points fall in. */
  band: 'keep' | ScoreVerdict;
}

/** The score against the bands, for a meter (`<meter min=0 max low high>` or a drawn bar). */
export function scorePosition(rules: ScoringRules, result: Assessment): ScorePosition {
  const t = rules.thresholds;
  const max = result.maxScore;
  return {
    certain: result.certainPoints,
    doubtful: result.doubtfulPoints,
    score: result.score,
    max,
    fraction: max > 0 ? Math.min(1, result.score / max) : 0,
    bands: [
      { verdict: 'keep', from: 0, to: t.repair },
      { verdict: 'repair', from: t.repair, to: t['prepare-to-end'] },
      { verdict: 'prepare-to-end', from: t['prepare-to-end'], to: t['end-now'] },
      { verdict: 'end-now', from: t['end-now'], to: max },
    ],
    band: verdictForScore(rules, result.certainPoints) as 'keep' | ScoreVerdict,
  };
}

/** The numbers behind each rule, for the worksheet shown without JavaScript. */
export function rulesSummary(rules: ScoringRules) {
  return {
    notSureFactor: rules.notSureFactor,
    thresholds: rules.thresholds,
    findOutShare: rules.findOutShare,
    severalIssues: rules.severalIssues,
    dealBreakers: rules.questions.filter((q) => q.dealBreaker).map((q) => ({ id: q.id, verdict: q.dealBreaker! })),
    strengths: rules.questions.filter((q) => q.strength).map((q) => q.id),
  };
}

/** What is saved on the device (and exported): the reader's answers by question id. */
export interface SavedAssessment {
  answers: Partial<Record<string, Answer>>;
}

export const emptyAssessment: SavedAssessment = Object.freeze({ answers: Object.freeze({}) }) as SavedAssessment;

/** Checks saved or imported answers; anything else counts as corrupt (and is set aside). */
export function isSavedAssessment(value: unknown): value is SavedAssessment {
  if (typeof value !== 'object' || value === null) return false;
  const answers = (value as Record<string, unknown>)['answers'];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  const entries = Object.entries(answers);
  return entries.length <= 50 && entries.every(([id, answer]) => /^[a-z0-9-]{1,60}$/.test(id) && answerValues.includes(answer as Answer));
}

/** @example verdictName(strings, 'repair') // 'Repair first' */
export const verdictName = (strings: Readonly<Record<string, string | undefined>>, verdict: Verdict): string => strings[`verdict.${verdict}`] ?? verdict;
