/**
 * The letter kind (the exit letter builder): fields and choices; the letter's paragraphs
 * are templates in the string files (`letter.<id>`, or `letter.<id>.<option>` when they
 * depend on a choice), whose `{placeholders}` must name a field. `policy` names the fields
 * and choices that carry meaning for `src/lib/exit-letter.ts`: the notice model (periods,
 * "immediate"), the dates checked against it, money still owed, goodwill and the legal mode.
 */
import { z } from 'astro/zod';
import { placeholdersOf } from '../../i18n/template';
import { letterPolicyStringKeys, letterStringKeys } from '../../i18n/tool-keys';
import { idSchema, requireUnique, toolBase, type KindRules, type ToolStrings } from './shared';

/** Reader-supplied field of the letter builder. */
const letterFieldSchema = z.object({
  id: idSchema,
  /** `text` one line, `long` a paragraph, `date` a calendar day (formatted in the locale's calendar). */
  type: z.enum(['text', 'long', 'date']),
  required: z.boolean().default(false),
  /** Longest value the letter accepts, in characters (longer text is kept and reported, never cut silently). */
  maxLength: z.number().int().min(1).max(10_000).default(200),
});

/** A choice with fixed options, rendered as radios. */
const letterChoiceSchema = z.object({ id: idSchema, options: z.array(idSchema).min(2).max(8), default: idSchema });

/** A condition on a choice: `{ choice: 'mode', option: 'legal' }`. */
const conditionSchema = z.object({ choice: idSchema, option: idSchema });

/** A notice period: days and/or calendar months after the date of writing. */
const periodSchema = z.object({ days: z.number().int().min(0).max(366).default(0), months: z.number().int().min(0).max(24).default(0) });

const policySchema = z.object({
  /** The notice choice; `periods` give the earliest last day per option, `immediate` ends today. */
  notice: z.object({ choice: idSchema, immediate: idSchema, periods: z.record(idSchema, periodSchema) }),
  /** The date fields: when the letter is written (defaults to today) and the last working day. */
  dates: z.object({ writtenOn: idSchema, lastDay: idSchema }),
  /** The choice and option saying the client still owes money. */
  owed: conditionSchema,
  /** The goodwill choice and its "none" option (forced while money is owed). */
  goodwill: z.object({ choice: idSchema, none: idSchema }),
  /** The choice and option of the legal-advice mode. */
  legal: conditionSchema,
});

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
          /** Leave the paragraph out when any of these choices has this option. */
          omitIf: z.array(conditionSchema).default([]),
          /** Include the paragraph only when one of these choices has this option. */
          onlyIf: z.array(conditionSchema).default([]),
          /** Include the paragraph only when this field is filled. */
          whenFilled: idSchema.optional(),
          /** Include the paragraph only when this field is empty (its variant without the value). */
          whenEmpty: idSchema.optional(),
          /** Continue the previous paragraph on the next line (a signature block) instead of a new paragraph. */
          continues: z.boolean().default(false),
        }),
      )
      .min(1),
    /** What gives fields and choices their meaning in `src/lib/exit-letter.ts`; a letter without it is a plain template. */
    policy: policySchema.optional(),
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
    const hasOption = (choice: string, option: string) => d.choices.find((c) => c.id === choice)?.options.includes(option) === true;
    const checkCondition = (c: { choice: string; option: string }, path: (string | number)[], what: string) => {
      if (!hasOption(c.choice, c.option))
        ctx.addIssue({ code: 'custom', path, message: `${what} names option "${c.option}" of choice "${c.choice}", which is not defined.` });
    };
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
      p.omitIf.forEach((c, j) => checkCondition(c, ['paragraphs', i, 'omitIf', j], `Paragraph "${p.id}"`));
      p.onlyIf.forEach((c, j) => checkCondition(c, ['paragraphs', i, 'onlyIf', j], `Paragraph "${p.id}"`));
      for (const key of ['whenFilled', 'whenEmpty'] as const) {
        const field = p[key];
        if (field && !fields.has(field))
          ctx.addIssue({ code: 'custom', path: ['paragraphs', i, key], message: `Paragraph "${p.id}" names field "${field}", which is not defined.` });
      }
    });
    if (!d.policy) return;
    const { notice, dates, owed, goodwill, legal } = d.policy;
    checkCondition({ choice: notice.choice, option: notice.immediate }, ['policy', 'notice', 'immediate'], 'policy.notice');
    for (const option of Object.keys(notice.periods))
      checkCondition({ choice: notice.choice, option }, ['policy', 'notice', 'periods', option], 'policy.notice.periods');
    for (const [key, field] of Object.entries(dates)) {
      if (d.fields.find((f) => f.id === field)?.type !== 'date')
        ctx.addIssue({ code: 'custom', path: ['policy', 'dates', key], message: `policy.dates.${key} names "${field}", which is not a date field.` });
    }
    checkCondition(owed, ['policy', 'owed'], 'policy.owed');
    checkCondition({ choice: goodwill.choice, option: goodwill.none }, ['policy', 'goodwill'], 'policy.goodwill');
    checkCondition(legal, ['policy', 'legal'], 'policy.legal');
  });

export type LetterDefinition = z.infer<typeof letterDefinitionSchema>;

const allLetterKeys = { ...letterStringKeys, ...letterPolicyStringKeys };

/** Option string keys of a letter choice. */
const optionKeys = (c: { id: string; options: readonly string[] }) => c.options.map((o) => `choice.${c.id}.${o}`);
/** The template keys of a letter paragraph: one, or one per option of its choice. */
export function paragraphKeys(d: LetterDefinition, p: LetterDefinition['paragraphs'][number]): string[] {
  const choice = p.choice ? d.choices.find((c) => c.id === p.choice) : undefined;
  return choice ? choice.options.filter((o) => o !== p.omitWhen).map((o) => `letter.${p.id}.${o}`) : [`letter.${p.id}`];
}

export const letterRules: KindRules<LetterDefinition> = {
  strings: (d) => [
    ...Object.keys(letterStringKeys),
    ...(d.policy ? Object.keys(letterPolicyStringKeys) : []),
    ...d.fields.map((f) => `field.${f.id}`),
    ...d.choices.flatMap((c) => [`choice.${c.id}`, ...optionKeys(c)]),
    ...d.paragraphs.flatMap((p) => paragraphKeys(d, p)),
  ],
  optional: (d) => d.fields.map((f) => `field.${f.id}.hint`),
  ids: (d) => [...d.fields.map((f) => f.id), ...d.choices.flatMap((c) => [c.id, ...c.options])],
  checkStrings(d, strings: ToolStrings) {
    const fields = new Set(d.fields.map((f) => f.id));
    const problems: [string, string][] = [];
    for (const key of d.paragraphs.flatMap((p) => paragraphKeys(d, p))) {
      for (const name of placeholdersOf(strings[key] ?? '')) {
        if (!fields.has(name)) problems.push([key, `placeholder "{${name}}" names no field; use one of ${[...fields].map((f) => `{${f}}`).join(', ')}.`]);
      }
    }
    for (const [key, allowed] of Object.entries(allLetterKeys)) {
      for (const name of placeholdersOf(strings[key] ?? '')) {
        if (!(allowed as readonly string[]).includes(name))
          problems.push([
            key,
            `placeholder "{${name}}" is not available here; ${allowed.length ? `use ${allowed.map((n) => `{${n}}`).join(', ')}` : 'this string takes none'}.`,
          ]);
      }
    }
    return problems;
  },
};
