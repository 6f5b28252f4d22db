/**
 * The fixed string keys of each tool kind, with the `{placeholders}` each may use: part of
 * the string tables' vocabulary, so they live on the bottom floor where the schemas (which
 * check every locale's strings against them), the islands and `src/lib` (which read them)
 * can all import them. `TypedStrings` / `StringsOfKind` type one locale's strings from
 * these lists: a mistyped key is a type error. Keys built from ids (`question.<id>`,
 * `step.<id>.label`…) are typed by pattern. See `src/schemas/tool.ts` for the kinds.
 */

/** Strings every tool has: its name, a one-line description for the tools page, and an introduction. */
export const commonStringKeys = ['title', 'description', 'intro'] as const;
export type CommonStringKey = (typeof commonStringKeys)[number];

/** Self-assessment strings besides those of each question and verdict, with the placeholders each may use. */
export const assessmentStringKeys = {
  'answer.yes': [],
  'answer.no': [],
  'answer.not-sure': [],
  submit: [],
  nojs: [],
  'error.heading': [],
  'error.question': ['question'],
  'error.inline': [],
  'error.titlePrefix': [],
  'result.heading': ['verdict'],
  'why.heading': [],
  'why.dealBreaker': ['question'],
  'why.both': [],
  'why.score': ['score', 'max', 'min', 'verdict'],
  'why.scoreKeep': ['score', 'max', 'min'],
  'why.raised': ['count', 'from', 'to'],
  'why.partner': ['count'],
  'why.findOut': ['doubtful', 'certain'],
  'why.findOutFirst': ['question', 'verdict'],
  'why.strengths': [],
  'summary.keep.clear': [],
  'summary.keep.partner': [],
  'present.heading': [],
  'present.none': [],
  points: ['points'],
  'findOut.heading': [],
  'findOut.intro': [],
  'findOut.ifYes': ['verdict'],
  'steps.heading': [],
  'guides.heading': [],
  'review.heading': [],
  'review.change': [],
  'review.changeHidden': ['question'],
  'rules.heading': [],
  'rules.points': ['factor'],
  'rules.bands': [],
  'rules.band.keep': ['max'],
  'rules.band.range': ['min', 'max'],
  'rules.band.top': ['min'],
  'rules.findOut': ['verdict'],
  'rules.certain': [],
  'rules.several': ['count', 'upTo'],
  'rules.strengths': [],
  'rules.dealBreaker': ['question', 'verdict'],
  'rules.dealBreakers.both': [],
  'rules.unanswered': [],
  'worksheet.points': ['points'],
  'worksheet.dealBreaker': ['verdict'],
  'worksheet.strength': [],
  'handoff.applied': ['percent'],
  // Client files, the meter and the next step (issue 14, helper ui-assess).
  'meter.label': [],
  'meter.value': ['score', 'max'],
  'weighed.heading': [],
  'next.heading': [],
  'next.more': [],
  'history.heading': [],
  'history.better': [],
  'history.worse': [],
  'history.same': [],
  'history.entry': ['date', 'verdict'],
  'client.heading': [],
} as const;
export type AssessmentStringKey = keyof typeof assessmentStringKeys;

/** Calculator strings, with the placeholders each may use. */
export const calculatorStringKeys = {
  'period.hint': [],
  'target.label': [],
  'target.hint': [],
  'currency.label': [],
  'rows.heading': [],
  'row.legend': ['n'],
  'row.unnamed': ['n'],
  'row.name': [],
  'row.revenue': [],
  'row.hours': [],
  'row.hoursHint': [],
  'row.add': [],
  'row.added': ['n'],
  'row.remove': ['client'],
  'row.removed': ['client'],
  'row.max': ['max'],
  submit: [],
  nojs: [],
  'error.heading': [],
  'error.titlePrefix': [],
  'field.target': [],
  'field.revenue': ['client'],
  'field.hours': ['client'],
  'problem.empty': [],
  'problem.not-a-number': [],
  'problem.separator': [],
  'problem.negative': [],
  'problem.zero': [],
  'problem.hours.zero': [],
  'problem.too-large': [],
  'result.heading': [],
  'result.target': ['rate'],
  'result.average': ['rate'],
  'result.empty': [],
  'result.leftOut': ['count'],
  'note.no-target': [],
  'note.one-client': [],
  'summary.allKeep': [],
  'summary.reprice': ['clients'],
  'summary.imbalance': ['client', 'hours', 'revenue'],
  'table.caption': [],
  'table.rank': [],
  'table.client': [],
  'table.rate': [],
  'table.ofTarget': [],
  'table.ofAverage': [],
  'table.shareRevenue': [],
  'table.shareHours': [],
  'table.priceForTarget': [],
  'table.advice': [],
  'advice.keep': [],
  'advice.reprice': [],
  'advice.none': [],
  'chart.title': [],
  'chart.desc': [],
  'chart.target': ['rate'],
  'chart.average': ['rate'],
  'handoff.heading': [],
  'handoff.intro': [],
  'handoff.button': ['client'],
  'handoff.needsTarget': [],
  'rules.heading': [],
  'rules.rate': [],
  'rules.compare': [],
  'rules.priceForTarget': [],
  'rules.average': [],
} as const;
export type CalculatorStringKey = keyof typeof calculatorStringKeys;

/** Meeting-mode strings (five-steps). */
export const meetingStringKeys = {
  'meeting.title': [],
  'meeting.intro': [],
  'meeting.toggle': [],
  'meeting.participant': [],
  'meeting.goodThing': [],
  'meeting.add': [],
  'meeting.remove': [],
  'meeting.empty': [],
  'meeting.silence': [],
} as const;
export type MeetingStringKey = keyof typeof meetingStringKeys;

/** The letter builder's fixed strings, with the placeholders each may use. */
export const letterStringKeys = {
  'letter.heading': [],
  'letter.preview': [],
  'letter.noJs': [],
  'letter.download': [],
  'letter.filename': [],
  'letter.count': ['count', 'limit'],
  'problem.too-long': ['count', 'limit'],
} as const;
/** Strings a letter with a `policy` needs besides: date problems and the notes shown beside the letter. */
export const letterPolicyStringKeys = {
  'problem.past': ['date'],
  'problem.too-soon': ['date'],
  'note.goodwill-withheld': [],
  'note.immediate-risk': [],
  'note.legal': [],
} as const;
export type LetterStringKey = keyof typeof letterStringKeys | keyof typeof letterPolicyStringKeys;

/**
 * One locale's strings typed from a kind's key list: the fixed keys (always present: the
 * build checks every locale) plus the patterns of keys built from ids, which may be absent
 * for a given id. There is no plain string index, so `strings['why.scoer']` is a type error.
 */
export type TypedStrings<K extends string, Pattern extends string = never> = Readonly<Record<K | CommonStringKey, string>> &
  Readonly<Partial<Record<Pattern, string>>>;

/** Each kind's typed strings: what its island receives. */
export interface KindStrings {
  checklist: TypedStrings<MeetingStringKey, `step.${string}`>;
  letter: TypedStrings<LetterStringKey, `field.${string}` | `choice.${string}` | `letter.${string}`>;
  assessment: TypedStrings<AssessmentStringKey, `question.${string}` | `verdict.${string}`>;
  calculator: TypedStrings<CalculatorStringKey, `currency.${string}`>;
}
export type StringsOfKind<K extends keyof KindStrings> = KindStrings[K];
