import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * The exit letter builder. Paragraphs follow the exit conversation (thank, frame with
 * facts, goodwill gesture, apologise, offer alternatives) wrapped in the formal parts a
 * written notice needs (subject, decision, notice period, last day, commitments). Each
 * locale writes its own templates in <locale>.json; `{field-id}` placeholders name fields.
 */
export default {
  id: 'exit-letter',
  kind: 'letter',
  version: 1,
  order: 60,
  relatedGuide: 'ending-well',
  fields: [
    { id: 'client-name', type: 'text', required: true, maxLength: 200 },
    { id: 'client-contact', type: 'text', maxLength: 200 },
    { id: 'sender-name', type: 'text', required: true, maxLength: 200 },
    { id: 'company', type: 'text', maxLength: 200 },
    { id: 'contract-ref', type: 'text', maxLength: 100 },
    { id: 'last-day', type: 'date', maxLength: 10 },
    { id: 'facts', type: 'long', maxLength: 2000 },
    { id: 'referrals', type: 'long', maxLength: 1000 },
  ],
  choices: [
    { id: 'notice', options: ['contract', 'two-weeks', 'one-month', 'two-months', 'immediate'], default: 'one-month' },
    { id: 'goodwill', options: ['none', 'refund', 'cancel-invoice', 'handover-support'], default: 'none' },
    { id: 'apology', options: ['yes', 'no'], default: 'yes' },
  ],
  paragraphs: [
    { id: 'subject-contract', whenFilled: 'contract-ref' },
    { id: 'subject', whenEmpty: 'contract-ref' },
    { id: 'greeting-named', whenFilled: 'client-contact' },
    { id: 'greeting', whenEmpty: 'client-contact' },
    { id: 'thank' },
    { id: 'decision-contract', whenFilled: 'contract-ref' },
    { id: 'decision', whenEmpty: 'contract-ref' },
    { id: 'facts', whenFilled: 'facts' },
    { id: 'notice', choice: 'notice' },
    { id: 'last-day', whenFilled: 'last-day' },
    { id: 'commitments' },
    { id: 'goodwill', choice: 'goodwill', omitWhen: 'none' },
    { id: 'apology', choice: 'apology', omitWhen: 'no' },
    { id: 'referrals', whenFilled: 'referrals' },
    { id: 'alternatives', whenEmpty: 'referrals' },
    { id: 'closing' },
    { id: 'signoff-company', whenFilled: 'company' },
    { id: 'signoff', whenEmpty: 'company' },
  ],
} satisfies ToolDefinitionInput;
