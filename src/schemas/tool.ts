import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { placeholdersOf } from '../i18n/template';
import { toolIds } from '../lib/tool-ids';
import { verdicts } from '../lib/assessment-scoring';

/**
 * Tool definitions: `content/tools/<tool-id>/definition.ts` (language-neutral: ids,
 * weights, rules) with its strings beside it in `content/tools/<tool-id>/<locale>.json`,
 * one flat `{ "<key>": "<text>" }` object per locale.
 *
 * Every kind of tool declares which string keys it needs (`kinds[kind].strings`), which
 * it may have (`optional`) and which ids its saved answers depend on (`ids`, fingerprinted
 * into saved data). `validateToolSource` checks a definition and its three string files
 * and throws a `ToolDefinitionError` that names the file and the id for each problem: a
 * missing string in any locale, a string for an unknown id, a rule naming a missing id,
 * duplicate ids, numbers out of range, placeholders that name no field.
 *
 * To add a kind: write its schema below, add it to `toolDefinitionSchema`, and give it
 * an entry in `kinds` (the type requires one).
 */

/** A stable id: lower-case latin, digits, hyphens. Used in URLs, data attributes and saved data. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case latin letters, digits and hyphens, e.g. "scope-creep".');
/** A weight or score contribution; the bounds keep totals readable and comparable. */
export const weightSchema = z.number().min(0, 'Weights are 0 to 10.').max(10, 'Weights are 0 to 10.');

/** What every tool has. */
const toolBase = z.object({
  /** One of the six tool ids (`src/lib/tool-ids.ts`); must match the folder name. */
  id: z.enum(toolIds),
  /** Raise when saved answers of the previous version can no longer be read (they are set aside). */
  version: z.number().int().min(1).max(999),
  /** Position on the tools page, in journey order; lower comes first. */
  order: z.number().int().min(0).max(9999),
  /** The guide to read next (a guide key); the tool page links to it. */
  relatedGuide: idSchema,
});

/** Reports ids that appear twice in a list. */
function requireUnique(ids: readonly string[], path: (string | number)[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, index], message: `${what} id "${id}" appears twice; ids must be unique.` });
    seen.add(id);
  });
}

/** A checklist: steps to tick, each with a label, a short "why" and an optional note. */
export const checklistDefinitionSchema = toolBase
  .extend({
    kind: z.literal('checklist'),
    /** The steps in order; `data-step` carries the id. */
    steps: z
      .array(z.object({ id: idSchema }))
      .min(1)
      .max(30),
    /** Meeting mode: record each participant's one good thing about the client. */
    meetingMode: z.boolean().default(false),
  })
  .superRefine((d, ctx) =>
    requireUnique(
      d.steps.map((s) => s.id),
      ['steps'],
      ctx,
      'Step',
    ),
  );

/** Reader-supplied field of the letter builder. */
const letterFieldSchema = z.object({
  id: idSchema,
  /** `text` one line, `long` a paragraph, `date` a calendar day (formatted in the locale's calendar). */
  type: z.enum(['text', 'long', 'date']),
  required: z.boolean().default(false),
  /** Longest accepted value, in characters. */
  maxLength: z.number().int().min(1).max(10_000).default(200),
});

/** A choice with fixed options, rendered as radios. */
const letterChoiceSchema = z.object({ id: idSchema, options: z.array(idSchema).min(2).max(8), default: idSchema });

/**
 * The exit letter builder: fields and choices; the letter's paragraphs are templates in
 * the string files (`letter.*`), whose `{placeholders}` must name a field.
 */
export const letterDefinitionSchema = toolBase
  .extend({
    kind: z.literal('letter'),
    fields: z.array(letterFieldSchema).min(1).max(20),
    choices: z.array(letterChoiceSchema).max(10),
    /** Paragraph templates in order; each is `letter.<id>` in the strings, or `letter.<id>.<option>` when it depends on a choice. */
    paragraphs: z
      .array(
        z.object({
          id: idSchema,
          /** The choice whose selected option picks the paragraph's variant. */
          choice: idSchema.optional(),
          /** An option of `choice` for which the paragraph is left out (it needs no string). */
          omitWhen: idSchema.optional(),
          /** Include the paragraph only when this field is filled. */
          whenFilled: idSchema.optional(),
          /** Include the paragraph only when this field is empty (its variant without the value). */
          whenEmpty: idSchema.optional(),
        }),
      )
      .min(1),
  })
  .superRefine((d, ctx) => {
    requireUnique(
      d.fields.map((f) => f.id),
      ['fields'],
      ctx,
      'Field',
    );
    requireUnique(
      d.choices.map((c) => c.id),
      ['choices'],
      ctx,
      'Choice',
    );
    d.choices.forEach((c, i) => {
      requireUnique(c.options, ['choices', i, 'options'], ctx, 'Option');
      if (!c.options.includes(c.default))
        ctx.addIssue({ code: 'custom', path: ['choices', i, 'default'], message: `Default "${c.default}" of choice "${c.id}" is not one of its options.` });
    });
    const fields = new Set(d.fields.map((f) => f.id));
    const choices = new Set(d.choices.map((c) => c.id));
    d.paragraphs.forEach((p, i) => {
      if (p.choice && !choices.has(p.choice))
        ctx.addIssue({ code: 'custom', path: ['paragraphs', i, 'choice'], message: `Paragraph "${p.id}" names choice "${p.choice}", which is not defined.` });
      if (p.omitWhen && !d.choices.find((c) => c.id === p.choice)?.options.includes(p.omitWhen)) {
        ctx.addIssue({
          code: 'custom',
          path: ['paragraphs', i, 'omitWhen'],
          message: `Paragraph "${p.id}" is left out for option "${p.omitWhen}", which is not an option of its choice "${p.choice ?? '(none)'}".`,
        });
      }
      for (const key of ['whenFilled', 'whenEmpty'] as const) {
        const field = p[key];
        if (field && !fields.has(field))
          ctx.addIssue({ code: 'custom', path: ['paragraphs', i, key], message: `Paragraph "${p.id}" names field "${field}", which is not defined.` });
      }
    });
  });

/** Verdicts as the self-assessment's rules name them (urgency order; see src/lib/assessment-scoring.ts). */
const verdictSchema = z.enum(verdicts);

/**
 * The self-assessment: yes / no / not-sure questions with weights, deal-breakers and the
 * thresholds of `src/lib/assessment-scoring.ts`, and per verdict the next steps (strings
 * `verdict.<verdict>.step.<id>`) and the guides to read (guide keys).
 */
export const assessmentDefinitionSchema = toolBase
  .extend({
    kind: z.literal('assessment'),
    /** The questions in order; each asks whether a problem is present (`yes` = the red flag is there). */
    questions: z
      .array(
        z.object({
          id: idSchema,
          /** Points for a `yes`; a `not-sure` counts `notSureFactor` of them. */
          weight: weightSchema,
          /** A `yes` gives at least this verdict, whatever the score. */
          dealBreaker: verdictSchema.optional(),
        }),
      )
      .min(12, 'The self-assessment has 12 to 20 questions.')
      .max(20, 'The self-assessment has 12 to 20 questions.'),
    /** Share of a question's weight that `not-sure` counts (0.5: half). */
    notSureFactor: z.number().min(0).max(1),
    /** Lowest score for each verdict; they must rise from repair to end-now. */
    thresholds: z.object({ repair: z.number().gt(0), 'prepare-to-end': z.number().gt(0), 'end-now': z.number().gt(0) }),
    /** The most urgent verdict that not-sure points may help reach. */
    doubtCap: verdictSchema,
    /** This many `yes` answers raise the verdict one step, never past `upTo`. */
    severalIssues: z.object({ count: z.number().int().min(2), upTo: verdictSchema }),
    /** Per verdict: next-step ids and the guides to link (guide keys). */
    outcomes: z.record(verdictSchema, z.object({ steps: z.array(idSchema).min(1).max(8), guides: z.array(idSchema).min(1).max(6) })),
  })
  .superRefine((d, ctx) => {
    requireUnique(
      d.questions.map((q) => q.id),
      ['questions'],
      ctx,
      'Question',
    );
    for (const id of requiredAssessmentQuestions) {
      if (!d.questions.some((q) => q.id === id))
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `Question "${id}" is missing; tests and the calculator rely on it.` });
    }
    const { repair, 'prepare-to-end': prepare, 'end-now': endNow } = d.thresholds;
    if (!(repair < prepare && prepare < endNow))
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: `Thresholds must rise: repair (${repair}) < prepare-to-end (${prepare}) < end-now (${endNow}).`,
      });
    const reachable = d.questions.filter((q) => !q.dealBreaker).reduce((sum, q) => sum + q.weight, 0);
    if (endNow > reachable)
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', 'end-now'],
        message: `end-now needs ${endNow} points but the questions without a deal-breaker give at most ${reachable}; the verdict could never be reached by score.`,
      });
    if (!d.questions.some((q) => q.dealBreaker === 'legal-then-end'))
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'No question has the deal-breaker "legal-then-end", so that verdict can never be reached.',
      });
    if (d.severalIssues.count > d.questions.length)
      ctx.addIssue({
        code: 'custom',
        path: ['severalIssues', 'count'],
        message: `severalIssues.count (${d.severalIssues.count}) is more than the number of questions.`,
      });
    for (const verdict of verdicts) requireUnique(d.outcomes[verdict].steps, ['outcomes', verdict, 'steps'], ctx, 'Step');
  });

/** Question ids other parts of the site rely on (test contract; the calculator feeds `unprofitable`). */
export const requiredAssessmentQuestions = [
  'abuse-of-staff',
  'illegal-conduct',
  'unpaid-invoices',
  'commodity-pricing',
  'never-satisfied',
  'scope-creep',
  'unprofitable',
] as const;

/** The revenue-per-hour calculator: row limits and the advice threshold of `src/lib/revenue-per-hour.ts`. */
export const calculatorDefinitionSchema = toolBase
  .extend({
    kind: z.literal('calculator'),
    /** Client rows shown when the calculator is empty. */
    initialRows: z.number().int().min(1).max(10),
    /** Most client rows a reader can add. */
    maxRows: z.number().int().min(1).max(100),
    /** Below this fraction of the yardstick the advice is to let the client go; from it up to 1, to reprice. */
    letGoBelow: z.number().gt(0).lt(1),
  })
  .refine((d) => d.initialRows <= d.maxRows, { path: ['initialRows'], message: 'initialRows must not be more than maxRows.' });

export const toolDefinitionSchema = z.discriminatedUnion('kind', [
  checklistDefinitionSchema,
  letterDefinitionSchema,
  assessmentDefinitionSchema,
  calculatorDefinitionSchema,
]);

export type ToolDefinition = z.infer<typeof toolDefinitionSchema>;
export type ToolDefinitionInput = z.input<typeof toolDefinitionSchema>;
export type ToolKind = ToolDefinition['kind'];
export type ToolOfKind<K extends ToolKind> = Extract<ToolDefinition, { kind: K }>;
export type ChecklistDefinition = ToolOfKind<'checklist'>;
export type LetterDefinition = ToolOfKind<'letter'>;
export type AssessmentDefinition = ToolOfKind<'assessment'>;
export type CalculatorDefinition = ToolOfKind<'calculator'>;

/** One locale's strings for a tool: flat keys. */
export type ToolStrings = Readonly<Record<string, string>>;

interface KindRules<D> {
  /** Keys every locale must provide (besides `title`, `description`, `intro`). */
  strings(definition: D): string[];
  /** Keys a locale may provide. */
  optional?(definition: D): string[];
  /** The ids saved answers depend on, in order (fingerprinted). */
  ids(definition: D): string[];
  /** Further checks of one locale's strings; return problems as `[key, message]`. */
  checkStrings?(definition: D, strings: ToolStrings): [string, string][];
}

/** Strings every tool has: its name, a one-line description for the tools page, and an introduction. */
export const commonStringKeys = ['title', 'description', 'intro'] as const;

const meetingKeys = [
  'meeting.title',
  'meeting.intro',
  'meeting.toggle',
  'meeting.participant',
  'meeting.goodThing',
  'meeting.add',
  'meeting.remove',
  'meeting.empty',
  'meeting.silence',
];

/** Option string keys of a letter choice. */
const optionKeys = (c: { id: string; options: readonly string[] }) => c.options.map((o) => `choice.${c.id}.${o}`);
/** The template keys of a letter paragraph: one, or one per option of its choice. */
function paragraphKeys(d: LetterDefinition, p: LetterDefinition['paragraphs'][number]): string[] {
  const choice = p.choice ? d.choices.find((c) => c.id === p.choice) : undefined;
  return choice ? choice.options.filter((o) => o !== p.omitWhen).map((o) => `letter.${p.id}.${o}`) : [`letter.${p.id}`];
}

/** Self-assessment strings besides those of each question and verdict, with the placeholders each may use. */
const assessmentStrings: Readonly<Record<string, readonly string[]>> = {
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
  'why.doubtCapped': ['cap'],
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
  'rules.doubt': ['cap', 'next', 'min'],
  'rules.several': ['count', 'upTo'],
  'rules.dealBreaker': ['question', 'verdict'],
  'rules.dealBreakers.both': [],
  'rules.unanswered': [],
  'worksheet.points': ['points'],
  'worksheet.dealBreaker': ['verdict'],
  'handoff.applied': ['percent'],
};
/** Per-question and per-verdict self-assessment strings (no placeholders). */
const assessmentItemStrings = (d: AssessmentDefinition): string[] => [
  ...d.questions.flatMap((q) => [`question.${q.id}`, `question.${q.id}.short`, `question.${q.id}.hint`]),
  ...verdicts.flatMap((v) => [`verdict.${v}`, `verdict.${v}.summary`, ...d.outcomes[v].steps.map((s) => `verdict.${v}.step.${s}`)]),
];

/** Calculator strings, with the placeholders each may use. */
const calculatorStrings: Readonly<Record<string, readonly string[]>> = {
  'period.hint': [],
  'target.label': [],
  'target.hint': [],
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
  'note.no-target': [],
  'note.one-client': [],
  'summary.allKeep': [],
  'summary.reprice': ['clients'],
  'summary.let-go': ['clients'],
  'summary.imbalance': ['client', 'hours', 'revenue'],
  'table.caption': [],
  'table.rank': [],
  'table.client': [],
  'table.rate': [],
  'table.ofTarget': [],
  'table.ofAverage': [],
  'table.shareRevenue': [],
  'table.shareHours': [],
  'table.advice': [],
  'advice.keep': [],
  'advice.reprice': [],
  'advice.let-go': [],
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
  'rules.compare': ['letGo'],
  'rules.average': [],
};

/** Problems with placeholders: each key may use only the names listed for it (none for unlisted keys). */
function checkPlaceholders(allowed: Readonly<Record<string, readonly string[]>>, strings: ToolStrings): [string, string][] {
  const problems: [string, string][] = [];
  for (const [key, text] of Object.entries(strings)) {
    const names = allowed[key] ?? [];
    for (const name of placeholdersOf(text)) {
      if (!names.includes(name))
        problems.push([
          key,
          `placeholder "{${name}}" is not available here; ${names.length ? `use ${names.map((n) => `{${n}}`).join(', ')}` : 'this string takes none'}.`,
        ]);
    }
  }
  return problems;
}

/** Per kind: the strings it needs and the ids its answers depend on. */
export const kinds: { [K in ToolKind]: KindRules<ToolOfKind<K>> } = {
  checklist: {
    strings: (d) => [...d.steps.flatMap((s) => [`step.${s.id}.label`, `step.${s.id}.why`]), ...(d.meetingMode ? meetingKeys : [])],
    ids: (d) => d.steps.map((s) => s.id),
  },
  letter: {
    strings: (d) => [
      'letter.heading',
      'letter.preview',
      'letter.noJs',
      'letter.download',
      'letter.filename',
      ...d.fields.map((f) => `field.${f.id}`),
      ...d.choices.flatMap((c) => [`choice.${c.id}`, ...optionKeys(c)]),
      ...d.paragraphs.flatMap((p) => paragraphKeys(d, p)),
    ],
    optional: (d) => d.fields.map((f) => `field.${f.id}.hint`),
    ids: (d) => [...d.fields.map((f) => f.id), ...d.choices.flatMap((c) => [c.id, ...c.options])],
    checkStrings(d, strings) {
      const fields = new Set(d.fields.map((f) => f.id));
      const problems: [string, string][] = [];
      for (const key of d.paragraphs.flatMap((p) => paragraphKeys(d, p))) {
        for (const name of placeholdersOf(strings[key] ?? '')) {
          if (!fields.has(name)) problems.push([key, `placeholder "{${name}}" names no field; use one of ${[...fields].map((f) => `{${f}}`).join(', ')}.`]);
        }
      }
      return problems;
    },
  },
  assessment: {
    strings: (d) => [...Object.keys(assessmentStrings), ...assessmentItemStrings(d)],
    ids: (d) => d.questions.map((q) => q.id),
    checkStrings: (_d, strings) => checkPlaceholders(assessmentStrings, strings),
  },
  calculator: {
    strings: () => Object.keys(calculatorStrings),
    ids: () => ['target', 'name', 'revenue', 'hours'],
    checkStrings: (_d, strings) => checkPlaceholders(calculatorStrings, strings),
  },
};

/** The ids a tool's saved answers depend on. */
export function answerIds(definition: ToolDefinition): string[] {
  return (kinds[definition.kind] as KindRules<ToolDefinition>).ids(definition);
}

export class ToolDefinitionError extends Error {
  override name = 'ToolDefinitionError';
}

/** What the loader found for one tool. */
export interface ToolSource {
  /** Path of the definition file, for messages. */
  file: string;
  /** The definition module's default export. */
  definition: unknown;
  /** Each locale's string file, if present. */
  strings: Partial<Record<Locale, { file: string; data: unknown }>>;
}

export interface ValidTool<D extends ToolDefinition = ToolDefinition> {
  definition: D;
  strings: Record<Locale, ToolStrings>;
}

const stringsFileSchema = z.record(z.string(), z.string().trim().min(1, 'Write the text; an empty string is not allowed.'));

/**
 * Validates a tool's definition and strings, or throws a `ToolDefinitionError` listing
 * every problem as `<file>: <id or key>: <what to fix>`.
 */
export function validateToolSource(source: ToolSource, expectedId?: string): ValidTool {
  const problems: string[] = [];
  const rawId = (source.definition as { id?: unknown } | undefined)?.id;
  if (expectedId && rawId !== expectedId) problems.push(`${source.file}: id "${String(rawId)}" must match its folder name "${expectedId}".`);
  const parsed = toolDefinitionSchema.safeParse(source.definition);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${source.file}: ${describePath(source.definition, issue.path)}: ${issue.message}`);
    throw new ToolDefinitionError(`Tool definition has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  const definition = parsed.data;

  const rules = kinds[definition.kind] as KindRules<ToolDefinition>;
  const required = [...commonStringKeys, ...rules.strings(definition)];
  const allowed = new Set([...required, ...(rules.optional?.(definition) ?? [])]);
  const strings = {} as Record<Locale, ToolStrings>;
  for (const locale of localeCodes) {
    const file = source.strings[locale];
    if (!file) {
      problems.push(`${source.file.replace(/definition\.ts$/, `${locale}.json`)}: missing; every tool needs strings in ${localeCodes.join(', ')}.`);
      continue;
    }
    const data = stringsFileSchema.safeParse(file.data);
    if (!data.success) {
      for (const issue of data.error.issues) problems.push(`${file.file}: "${issue.path.join('.')}": ${issue.message}`);
      continue;
    }
    for (const key of required) if (!(key in data.data)) problems.push(`${file.file}: missing string "${key}" (for id "${idOfKey(key)}").`);
    for (const key of Object.keys(data.data))
      if (!allowed.has(key)) problems.push(`${file.file}: string "${key}" names an unknown id "${idOfKey(key)}"; remove it or add the id to ${source.file}.`);
    for (const [key, message] of rules.checkStrings?.(definition, data.data) ?? []) problems.push(`${file.file}: "${key}": ${message}`);
    strings[locale] = data.data;
  }
  if (problems.length > 0) throw new ToolDefinitionError(`Tool "${definition.id}" has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { definition, strings };
}

/** The id part of a string key: `step.meeting.why` → `meeting`. */
function idOfKey(key: string): string {
  const parts = key.split('.');
  return parts.length >= 2 ? parts[1]! : parts[0]!;
}

/**
 * A readable location for a schema issue: the path, plus the id of the item it is in
 * (`steps[2] (id "referral").why`), so the author finds it without counting.
 */
function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : `${text ? '.' : ''}${String(segment)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof segment === 'number' && typeof id === 'string') text += ` (id "${id}")`;
  }
  const rootId = root && typeof root === 'object' ? (root as { id?: unknown }).id : undefined;
  const where = text || '(definition)';
  return typeof rootId === 'string' ? `tool "${rootId}" ${where}` : where;
}
