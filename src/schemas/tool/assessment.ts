/**
 * The self-assessment kind: yes / no / not-sure questions with weights, deal-breakers,
 * strengths and the thresholds of `src/lib/assessment-scoring.ts` (which documents the
 * rules), and per verdict the next steps (strings `verdict.<verdict>.step.<id>`), the next
 * tools to open and the guides to read (guide keys).
 */
import { z } from 'astro/zod';
import { verdicts } from '../../i18n/vocabulary';
import { assessmentStringKeys } from '../../i18n/tool-keys';
import { checkPlaceholders, idSchema, requireUnique, toolBase, toolIdSchema, weightSchema, type KindRules } from './shared';

/** Verdicts as the self-assessment's rules name them (urgency order; see src/lib/assessment-scoring.ts). */
const verdictSchema = z.enum(verdicts);

/** Question ids other parts of the site rely on (test contract; the calculator feeds `unprofitable`). */
export const requiredAssessmentQuestions = [
  'abuse-of-staff',
  'illegal-conduct',
  'unpaid-invoices',
  'commodity-pricing',
  'never-satisfied',
  'scope-creep',
  'unprofitable',
  'credits-good-work',
  'shares-responsibility',
] as const;

export const assessmentDefinitionSchema = toolBase
  .extend({
    kind: z.literal('assessment'),
    /** The questions in order; each asks whether a problem is present (`yes` = the red flag is there), or, for a strength, a good sign. */
    questions: z
      .array(
        z.object({
          id: idSchema,
          /** Points for a `yes`; a `not-sure` counts `notSureFactor` of them. 0 for a strength. */
          weight: weightSchema,
          /** A `yes` gives at least this verdict, whatever the score. */
          dealBreaker: verdictSchema.optional(),
          /** `yes` is a good sign (the client credits good work…); it never subtracts points. */
          strength: z.boolean().optional(),
        }),
      )
      .min(12, 'The self-assessment has 12 to 20 questions.')
      .max(20, 'The self-assessment has 12 to 20 questions.'),
    /** Share of a question's weight that `not-sure` counts (0.5: half). */
    notSureFactor: z.number().min(0).max(1),
    /** Lowest score for each verdict; they must rise from repair to end-now. */
    thresholds: z.object({ repair: z.number().gt(0), 'prepare-to-end': z.number().gt(0), 'end-now': z.number().gt(0) }),
    /** Share of all points at which not-sure points drive the result (then `find-out`). */
    findOutShare: z.number().gt(0).max(1),
    /** This many `yes` answers to questions weighing at least `minWeight` raise the verdict one step, never past `upTo`. */
    severalIssues: z.object({ count: z.number().int().min(2), minWeight: weightSchema, upTo: verdictSchema }),
    /** Per verdict: next-step ids, the tools that carry the next step out, and the guides to link (guide keys). */
    outcomes: z.record(
      verdictSchema,
      z.object({ steps: z.array(idSchema).min(1).max(8), tools: z.array(toolIdSchema).max(3).default([]), guides: z.array(idSchema).min(1).max(6) }),
    ),
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
    d.questions.forEach((q, i) => {
      if (q.strength && (q.weight !== 0 || q.dealBreaker))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i],
          message: `Strength "${q.id}" must have weight 0 and no deal-breaker: a good sign never buys points.`,
        });
    });
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

export type AssessmentDefinition = z.infer<typeof assessmentDefinitionSchema>;

/** Per-question and per-verdict self-assessment strings (no placeholders). */
export const assessmentItemKeys = (d: AssessmentDefinition): string[] => [
  ...d.questions.flatMap((q) => [`question.${q.id}`, `question.${q.id}.short`, `question.${q.id}.hint`]),
  ...verdicts.flatMap((v) => [`verdict.${v}`, `verdict.${v}.summary`, ...d.outcomes[v].steps.map((s) => `verdict.${v}.step.${s}`)]),
];

export const assessmentRules: KindRules<AssessmentDefinition> = {
  strings: (d) => [...Object.keys(assessmentStringKeys), ...assessmentItemKeys(d)],
  ids: (d) => d.questions.map((q) => q.id),
  checkStrings: (_d, strings) => checkPlaceholders(assessmentStringKeys, strings),
};
