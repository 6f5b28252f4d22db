import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/** What to do between the decision and the last day: commitments, notice, transition, referral. */
export default {
  id: 'notice-and-handover',
  kind: 'checklist',
  version: 1,
  order: 50,
  relatedGuide: 'ending-well',
  steps: [{ id: 'finish-commitments' }, { id: 'written-notice' }, { id: 'time-to-transition' }, { id: 'hand-over-work' }, { id: 'referral' }],
} satisfies ToolDefinitionInput;
