/**
 * The self-assessment's result in words: what the island shows, what "copy as text" copies
 * and what prints. Built from an `Assessment` (see `assessment-scoring.ts`), the rules
 * and one locale's strings of the tool (`content/tools/self-assessment/<locale>.json`).
 *
 * Shape (`Report`): the verdict and its heading and summary (chosen so it is true of the
 * answers: `keep` with no problem at all, with small frictions, or with a demanding
 * partner); `why` — the sentences that explain it (deal-breakers, doubt, the score band,
 * several real problems, strengths); `findOutFirst` — the not-sure deal-breaker to settle
 * before anything else; `weighedMost` — the (up to) three answers that weighed most;
 * `present` and `toFindOut` — the answers behind it with their points; `steps`; `next` — the
 * tools and guides that carry out the next step (the first tool is the button); `answers`
 * — every question with the answer given, for the "check your answers" list.
 *
 * API for the result's UI:
 *   buildReport(locale, rules, strings, result, answers): Report
 *   nextSteps(rules, verdict): { tools: ToolId[]; guides: string[] }   (per verdict, from the definition)
 *   scoreBands(locale, rules, strings)      the bands in words (worksheet, meter labels)
 *   scorePosition(rules, result)            (assessment-scoring.ts) numbers for a meter
 *   reportText(title, strings, report, guides): string   plain text for copy
 */
import type { Locale } from '../i18n/locales';
import { fillTemplate } from '../i18n/template';
import { formatNumber } from '../i18n/format';
import type { ToolId } from '../i18n/vocabulary';
import { verdictName, weighedMost, type Answer, type Answers, type Assessment, type ScoringRules, type Verdict } from './assessment-scoring';

/** One locale's strings of the tool; keys built from ids may be absent from the type (they are checked at build). */
export type AssessmentStrings = Readonly<Record<string, string | undefined>>;

export interface ReportRules extends ScoringRules {
  outcomes: Readonly<Record<Verdict, { readonly steps: readonly string[]; readonly tools?: readonly ToolId[]; readonly guides: readonly string[] }>>;
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
  /** The sentence naming the not-sure deal-breaker to settle first, if any. */
  findOutFirst: string | undefined;
  /** The answers that weighed most (at most three), with their points. */
  weighedMost: ReportLine[];
  present: ReportLine[];
  toFindOut: ReportLine[];
  steps: string[];
  next: { tools: ToolId[]; guides: string[] };
  answers: { id: string; question: string; answer: string }[];
}

/** A lookup that names the missing key instead of printing `undefined`. */
export function stringLookup(strings: AssessmentStrings): (key: string) => string {
  return (key) => strings[key] ?? key;
}

/** Lives in the scoring module, so the questions can name verdicts without loading the report. */
export { verdictName } from './assessment-scoring';

/**
 * The tools and guides that carry out a verdict's next step: `prepare-to-end` → five-steps
 * checklist and calculator; `end-now` / `legal-then-end` → letter builder and
 * notice-and-handover; `repair` → repair guide and calculator; `find-out` → five-steps
 * (ask the team) and the calculator (check the figures).
 */
export function nextSteps(rules: Pick<ReportRules, 'outcomes'>, verdict: Verdict): { tools: ToolId[]; guides: string[] } {
  const outcome = rules.outcomes[verdict];
  return { tools: [...(outcome.tools ?? [])], guides: [...outcome.guides] };
}

/** The lowest score of a score verdict (for "from {min} points"). */
function thresholdOf(rules: ScoringRules, verdict: Verdict): number {
  return verdict === 'repair' || verdict === 'prepare-to-end' || verdict === 'end-now' ? rules.thresholds[verdict] : 0;
}

/** The summary key that is true of these answers. */
function summaryKey(result: Assessment): string {
  if (result.verdict !== 'keep') return `verdict.${result.verdict}.summary`;
  if (result.allStrengths) return 'summary.keep.partner';
  if (result.yesCount === 0 && result.notSureCount === 0) return 'summary.keep.clear';
  return 'verdict.keep.summary';
}

export function buildReport(locale: Locale, rules: ReportRules, strings: AssessmentStrings, result: Assessment, answers: Answers): Report {
  const s = stringLookup(strings);
  const fill = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(locale, s(key), vars);
  const short = (id: string) => s(`question.${id}.short`);
  const points = (n: number) => fill('points', { points: n });
  const line = (c: Assessment['present'][number]): ReportLine => ({
    id: c.id,
    question: short(c.id),
    points: points(c.points),
    ...(c.ifYes ? { ifYes: fill('findOut.ifYes', { verdict: verdictName(strings, c.ifYes) }) } : {}),
  });

  const why: string[] = [];
  if (result.decidedBy === 'deal-breaker') {
    for (const id of result.dealBreakers) why.push(fill('why.dealBreaker', { question: short(id) }));
    if (result.dealBreakers.length > 1) why.push(s('why.both'));
  } else if (result.decidedBy === 'doubt') {
    why.push(fill('why.findOut', { doubtful: result.doubtfulPoints, certain: result.certainPoints }));
  } else {
    const base = { score: result.certainPoints, max: result.maxScore };
    if (result.scoreVerdict === 'keep') why.push(fill('why.scoreKeep', { ...base, min: rules.thresholds.repair }));
    else why.push(fill('why.score', { ...base, min: thresholdOf(rules, result.scoreVerdict), verdict: verdictName(strings, result.scoreVerdict) }));
    if (result.raised)
      why.push(fill('why.raised', { count: result.realProblems, from: verdictName(strings, result.scoreVerdict), to: verdictName(strings, result.verdict) }));
    if (result.partner) why.push(fill('why.partner', { count: result.realProblems }));
  }
  if (result.allStrengths && !result.partner && result.decidedBy !== 'deal-breaker') why.push(s('why.strengths'));
  const first = result.findOutFirst;
  const findOutFirst =
    first && result.decidedBy !== 'deal-breaker'
      ? fill('why.findOutFirst', { question: short(first.id), verdict: verdictName(strings, first.ifYes!) })
      : undefined;

  const answerLabel = (answer: Answer | undefined) => (answer ? s(`answer.${answer}`) : '');
  return {
    verdict: result.verdict,
    heading: fill('result.heading', { verdict: verdictName(strings, result.verdict) }),
    summary: s(summaryKey(result)),
    why,
    findOutFirst,
    weighedMost: weighedMost(result).map(line),
    present: result.present.map(line),
    toFindOut: result.toFindOut.map(line),
    steps: rules.outcomes[result.verdict].steps.map((step) => s(`verdict.${result.verdict}.step.${step}`)),
    next: nextSteps(rules, result.verdict),
    answers: rules.questions.map((q) => ({ id: q.id, question: short(q.id), answer: answerLabel(answers[q.id]) })),
  };
}

/** The report as plain text, for "copy as text". */
export function reportText(title: string, strings: AssessmentStrings, report: Report, guides: readonly { title: string; url: string }[]): string {
  const s = stringLookup(strings);
  const lines = [title, '', report.heading, report.summary, '', s('why.heading'), ...report.why, ...(report.findOutFirst ? [report.findOutFirst] : [])];
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
