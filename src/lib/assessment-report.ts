/**
 * The self-assessment's result in words: what the island shows, what "copy as text" copies
 * and what prints. Built from an `Assessment` (see `assessment-scoring.ts`), the rules
 * and one locale's strings of the tool (`content/tools/self-assessment/<locale>.json`).
 *
 * Shape (`Report`): the verdict and its heading and summary; `why` — the sentences that
 * explain it (deal-breakers, the score band, several issues, capped doubt); `present` and
 * `toFindOut` — the answers behind it with their points; `steps`; `answers` — every
 * question with the answer given, for the "check your answers" list.
 */
import type { Locale } from '../i18n/locales';
import { fillTemplate } from '../i18n/template';
import { formatNumber } from '../i18n/format';
import { type Answer, type Answers, type Assessment, type ScoringRules, type Verdict } from './assessment-scoring';

export type AssessmentStrings = Readonly<Record<string, string>>;

export interface ReportRules extends ScoringRules {
  outcomes: Readonly<Record<Verdict, { readonly steps: readonly string[]; readonly guides: readonly string[] }>>;
}

export interface ReportLine {
  id: string;
  question: string;
  points: string;
  /** For an unsure deal-breaker: what a yes would mean. */
  ifYes?: string;
}

export interface Report {
  verdict: Verdict;
  heading: string;
  summary: string;
  why: string[];
  present: ReportLine[];
  toFindOut: ReportLine[];
  steps: string[];
  answers: { id: string; question: string; answer: string }[];
}

/** A lookup that names the missing key instead of printing `undefined`. */
export function stringLookup(strings: AssessmentStrings): (key: string) => string {
  return (key) => strings[key] ?? key;
}

/** @example verdictName(strings, 'repair') // 'Repair first' */
export const verdictName = (strings: AssessmentStrings, verdict: Verdict): string => strings[`verdict.${verdict}`] ?? verdict;

/** The next score threshold above `verdict` (for "from {min} points"). */
function thresholdOf(rules: ScoringRules, verdict: Verdict): number | undefined {
  return verdict === 'keep' || verdict === 'legal-then-end' ? undefined : rules.thresholds[verdict];
}

export function buildReport(locale: Locale, rules: ReportRules, strings: AssessmentStrings, result: Assessment, answers: Answers): Report {
  const s = stringLookup(strings);
  const fill = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(locale, s(key), vars);
  const short = (id: string) => s(`question.${id}.short`);
  const points = (n: number) => fill('points', { points: n });

  const why: string[] = [];
  if (result.decidedBy === 'deal-breaker') {
    for (const id of result.dealBreakers) why.push(fill('why.dealBreaker', { question: short(id) }));
    if (result.dealBreakers.length > 1) why.push(s('why.both'));
  } else {
    const base = { score: result.score, max: result.maxScore };
    if (result.scoreVerdict === 'keep') why.push(fill('why.scoreKeep', { ...base, min: rules.thresholds.repair }));
    else why.push(fill('why.score', { ...base, min: thresholdOf(rules, result.scoreVerdict) ?? 0, verdict: verdictName(strings, result.scoreVerdict) }));
    if (result.raised)
      why.push(fill('why.raised', { count: result.yesCount, from: verdictName(strings, result.scoreVerdict), to: verdictName(strings, result.verdict) }));
    if (result.doubtCapped) why.push(fill('why.doubtCapped', { cap: verdictName(strings, rules.doubtCap) }));
  }

  const answerLabel = (answer: Answer | undefined) => (answer ? s(`answer.${answer}`) : '');
  return {
    verdict: result.verdict,
    heading: fill('result.heading', { verdict: verdictName(strings, result.verdict) }),
    summary: s(`verdict.${result.verdict}.summary`),
    why,
    present: result.present.map((c) => ({ id: c.id, question: short(c.id), points: points(c.points) })),
    toFindOut: result.toFindOut.map((c) => ({
      id: c.id,
      question: short(c.id),
      points: points(c.points),
      ...(c.ifYes ? { ifYes: fill('findOut.ifYes', { verdict: verdictName(strings, c.ifYes) }) } : {}),
    })),
    steps: rules.outcomes[result.verdict].steps.map((step) => s(`verdict.${result.verdict}.step.${step}`)),
    answers: rules.questions.map((q) => ({ id: q.id, question: short(q.id), answer: answerLabel(answers[q.id]) })),
  };
}

/** The report as plain text, for "copy as text". */
export function reportText(title: string, strings: AssessmentStrings, report: Report, guides: readonly { title: string; url: string }[]): string {
  const s = stringLookup(strings);
  const lines = [title, '', report.heading, report.summary, '', s('why.heading'), ...report.why];
  const list = (heading: string, items: string[]) => {
    if (items.length > 0) lines.push('', heading, ...items.map((item) => `- ${item}`));
  };
  list(s('present.heading'), report.present.length ? report.present.map((l) => `${l.question} (${l.points})`) : [s('present.none')]);
  list(
    s('findOut.heading'),
    report.toFindOut.map((l) => (l.ifYes ? `${l.question} (${l.points}) ${l.ifYes}` : `${l.question} (${l.points})`)),
  );
  list(s('steps.heading'), report.steps);
  list(
    s('guides.heading'),
    guides.map((g) => `${g.title}: ${g.url}`),
  );
  list(
    s('review.heading'),
    report.answers.map((a) => `${a.question}: ${a.answer}`),
  );
  return lines.join('\n');
}

/** Every verdict with its threshold band, for the worksheet's rules (`rules.band.*`). */
export function scoreBands(locale: Locale, rules: ScoringRules, strings: AssessmentStrings): { verdict: Verdict; name: string; band: string }[] {
  const s = stringLookup(strings);
  const t = rules.thresholds;
  const band = (key: string, vars: Record<string, number>) => fillTemplate(locale, s(key), vars);
  return [
    { verdict: 'keep' as const, band: band('rules.band.keep', { max: t.repair }) },
    { verdict: 'repair' as const, band: band('rules.band.range', { min: t.repair, max: t['prepare-to-end'] }) },
    { verdict: 'prepare-to-end' as const, band: band('rules.band.range', { min: t['prepare-to-end'], max: t['end-now'] }) },
    { verdict: 'end-now' as const, band: band('rules.band.top', { min: t['end-now'] }) },
  ].map((b) => ({ ...b, name: verdictName(strings, b.verdict) }));
}

/** The not-sure share as a percentage in the locale (`50%`, `۵۰٪`). */
export const notSureShare = (locale: Locale, rules: ScoringRules): string => formatNumber(locale, rules.notSureFactor, { style: 'percent' });
