import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * What to do between the decision and the last day: commitments, notice, money, access,
 * assets, the client's data, a signed-off handover and a referral. The notice step opens
 * the letter builder; the money and handover steps point to their guides.
 */
export default {
  id: 'notice-and-handover',
  kind: 'checklist',
  version: 1,
  order: 50,
  relatedGuide: 'ending-well',
  steps: [
    { id: 'finish-commitments' },
    { id: 'written-notice', tool: 'exit-letter', guide: 'contract-terms' },
    { id: 'time-to-transition' },
    { id: 'final-invoice', guide: 'getting-paid' },
    { id: 'outstanding-payments', guide: 'getting-paid' },
    { id: 'hand-over-work', guide: 'handover' },
    { id: 'revoke-access' },
    { id: 'transfer-access', guide: 'handover' },
    { id: 'domains-and-accounts' },
    { id: 'licences-and-subscriptions' },
    { id: 'client-data', guide: 'handover' },
    { id: 'sign-off' },
    { id: 'referral' },
  ],
} satisfies ToolDefinitionInput;
