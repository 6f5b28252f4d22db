/**
 * The checklist kind: steps to tick, each with a label and a short "why" (strings
 * `step.<id>.label`, `step.<id>.why`), optionally a link to the tool that carries the step
 * out (a notice step → the letter builder, a cost step → the calculator), and an optional
 * meeting mode (five-steps) that records each participant's one good thing about the client.
 */
import { z } from 'astro/zod';
import { meetingStringKeys } from '../../i18n/tool-keys';
import { idSchema, requireUnique, toolBase, toolIdSchema, type KindRules } from './shared';

export const checklistDefinitionSchema = toolBase
  .extend({
    kind: z.literal('checklist'),
    /**
     * The steps in order; `data-step` carries the id; `tool` names the tool that does the step;
     * `guide` a guide key to read for it (checked against the guides when the page is built).
     */
    steps: z
      .array(z.object({ id: idSchema, tool: toolIdSchema.optional(), guide: idSchema.optional() }))
      .min(1)
      .max(30),
    /** Meeting mode: record each participant's one good thing about the client. */
    meetingMode: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    requireUnique(
      d.steps.map((s) => s.id),
      ['steps'],
      ctx,
      'Step',
    );
    d.steps.forEach((s, i) => {
      if (s.tool === d.id)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'tool'],
          message: `Step "${s.id}" links to its own tool "${s.id}"; link to another tool or leave it out.`,
        });
    });
  });

export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;

export const checklistRules: KindRules<ChecklistDefinition> = {
  strings: (d) => [...d.steps.flatMap((s) => [`step.${s.id}.label`, `step.${s.id}.why`]), ...(d.meetingMode ? Object.keys(meetingStringKeys) : [])],
  ids: (d) => d.steps.map((s) => s.id),
};
