import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * What to do between the decision and the last day: commitments, notice, money, access,
 * assets, the client's data, a signed-off handover and a referral. The notice step opens
 * the letter builder.
 */
export default {
  id: 'notice-and-handover',
  kind: 'checklist',
  version: 1,
  order: 50,
  relatedGuide: 'ending-well',
  steps: [
    { id: 'finish-commitments' },
    { id: 'written-notice', tool: 'exit-letter' },
    { id: 'time-to-transition' },
    { id: 'final-invoice' },
    { id: 'outstanding-payments' },
    { id: 'hand-over-work' },
    { id: 'revoke-access' },
    { id: 'transfer-access' },
    { id: 'domains-and-accounts' },
    { id: 'licences-and-subscriptions' },
    { id: 'client-data' },
    { id: 'sign-off' },
    { id: 'referral' },
  ],
} satisfies ToolDefinitionInput;
