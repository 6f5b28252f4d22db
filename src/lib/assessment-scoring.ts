/**
 * Scoring for the self-assessment "Nightmare client, or just difficult?".
 *
 * Every question asks whether a problem is present: `yes` means the red flag is there, `no`
 * that it is not, `not-sure` that the reader does not know yet. The rules (`ScoringRules`,
 * from the tool's definition in `content/tools/self-assessment/`) give each question a weight
 * and optionally a deal-breaker verdict, plus the thresholds below.
 *
 * How a verdict is reached, in order (the most urgent verdict always wins; urgency follows
 * `verdicts`, least urgent first):
 *   1. Points. A `yes` counts the question's full weight ("certain" points); a `not-sure`
 *      counts `notSureFactor` of it (0.5: "doubtful" points). The score is their sum.
 *   2. Score verdict. The most urgent verdict whose threshold the score reaches (`>=`);
 *      below every threshold, `keep`. Doubt alone cannot end a relationship: the score with
 *      doubtful points may lead at most to `doubtCap` (prepare-to-end); anything beyond it
 *      must be reached by the certain points alone.
 *   3. Several issues. When at least `severalIssues.count` answers are `yes`, the score
 *      verdict moves one step more urgent, but never past `severalIssues.upTo`, and never down.
 *   4. Deal-breakers. A `yes` to a deal-breaker question (abuse of staff → `end-now`, illegal
 *      or unethical conduct → `legal-then-end`) gives at least its verdict, whatever the total.
 *      Both together give `legal-then-end`, the more urgent: legal advice comes first.
 *
 * Every question must be answered (`not-sure` is the honest way out); `assess` returns
 * `{ status: 'incomplete', unanswered }` otherwise, so a verdict is never built on gaps.
 * Unknown question ids in the answers are ignored, which is also what happens to saved
 * answers after a question is removed (storage sets those aside before they get here).
 */

import { answerValues, verdicts, type Answer, type Verdict } from '../i18n/vocabulary';

// Re-exported so callers keep one import for scoring and its words.
export { answerValues, verdicts, type Answer, type Verdict };
/** The verdicts a score can give; the last one is reached only through a deal-breaker. */
export type ScoreVerdict = Exclude<Verdict, 'keep' | 'legal-then-end'>;

export interface QuestionRule {
  id: string;
  /** Points for a `yes`. */
  weight: number;
  /** A `yes` gives at least this verdict, whatever the score. */
  dealBreaker?: Verdict | undefined;
}

export interface ScoringRules {
  questions: readonly QuestionRule[];
  /** Share of a question's weight that a `not-sure` counts. */
  notSureFactor: number;
  /** Lowest score that gives each verdict (keep is everything below `repair`). */
  thresholds: Readonly<Record<ScoreVerdict, number>>;
  /** The most urgent verdict that doubtful points may help reach. */
  doubtCap: Verdict;
  /** This many `yes` answers raise the score verdict one step, up to `upTo`. */
  severalIssues: { count: number; upTo: Verdict };
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
  /** What decided the verdict: a deal-breaker, or the points (possibly raised by several issues). */
  decidedBy: 'deal-breaker' | 'score';
  /** Deal-breaker questions answered `yes`, most urgent first. */
  dealBreakers: string[];
  score: number;
  certainPoints: number;
  maxScore: number;
  /** The verdict from the points before several issues raised it. */
  scoreVerdict: Verdict;
  /** True when several issues at once raised the verdict. */
  raised: boolean;
  /** True when doubtful points would have given a more urgent verdict than `doubtCap` allows. */
  doubtCapped: boolean;
  /** `yes` answers, heaviest first: the answers that led to the verdict. */
  present: Contribution[];
  /** `not-sure` answers, heaviest first: what to find out. */
  toFindOut: Contribution[];
  yesCount: number;
}

export type AssessmentResult = Assessment | { status: 'incomplete'; unanswered: string[] };

/** @example urgency('end-now') // 3 */
export function urgency(verdict: Verdict): number {
  return verdicts.indexOf(verdict);
}

const moreUrgent = (a: Verdict, b: Verdict): Verdict => (urgency(a) >= urgency(b) ? a : b);
const lessUrgent = (a: Verdict, b: Verdict): Verdict => (urgency(a) <= urgency(b) ? a : b);
const scoreVerdicts: readonly ScoreVerdict[] = ['repair', 'prepare-to-end', 'end-now'];

/** The verdict a number of points reaches. @example verdictForScore(rules, 2) // 'repair' */
export function verdictForScore(rules: ScoringRules, score: number): Verdict {
  let verdict: Verdict = 'keep';
  for (const v of scoreVerdicts) if (score >= rules.thresholds[v]) verdict = v;
  return verdict;
}

/** Questions without an answer, in the definition's order. */
export function unansweredQuestions(rules: ScoringRules, answers: Answers): string[] {
  return rules.questions.filter((q) => !answerValues.includes(answers[q.id] as Answer)).map((q) => q.id);
}

const byPoints = (a: Contribution, b: Contribution) => b.points - a.points;

/** Scores a complete set of answers; see the module comment for the rules. */
export function assess(rules: ScoringRules, answers: Answers): AssessmentResult {
  const unanswered = unansweredQuestions(rules, answers);
  if (unanswered.length > 0) return { status: 'incomplete', unanswered };

  const present: Contribution[] = [];
  const toFindOut: Contribution[] = [];
  let certainPoints = 0;
  let doubtfulPoints = 0;
  let dealBreakerVerdict: Verdict | undefined;
  const dealBreakers: { id: string; verdict: Verdict }[] = [];

  for (const q of rules.questions) {
    const answer = answers[q.id]!;
    if (answer === 'yes') {
      certainPoints += q.weight;
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

  const score = certainPoints + doubtfulPoints;
  const withDoubt = verdictForScore(rules, score);
  const scoreVerdict = moreUrgent(verdictForScore(rules, certainPoints), lessUrgent(withDoubt, rules.doubtCap));
  const doubtCapped = urgency(withDoubt) > urgency(scoreVerdict);

  const yesCount = present.length;
  let raisedVerdict = scoreVerdict;
  if (yesCount >= rules.severalIssues.count) {
    const next = verdicts[Math.min(urgency(scoreVerdict) + 1, verdicts.length - 1)]!;
    raisedVerdict = moreUrgent(scoreVerdict, lessUrgent(next, rules.severalIssues.upTo));
  }

  const verdict = dealBreakerVerdict ? moreUrgent(dealBreakerVerdict, raisedVerdict) : raisedVerdict;
  return {
    status: 'complete',
    verdict,
    decidedBy: dealBreakerVerdict && urgency(dealBreakerVerdict) >= urgency(raisedVerdict) ? 'deal-breaker' : 'score',
    dealBreakers: dealBreakers.sort((a, b) => urgency(b.verdict) - urgency(a.verdict)).map((d) => d.id),
    score,
    certainPoints,
    maxScore: rules.questions.reduce((sum, q) => sum + q.weight, 0),
    scoreVerdict,
    raised: raisedVerdict !== scoreVerdict,
    doubtCapped,
    present: present.sort(byPoints),
    toFindOut: toFindOut.sort((a, b) => Number(Boolean(b.ifYes)) - Number(Boolean(a.ifYes)) || byPoints(a, b)),
    yesCount,
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
