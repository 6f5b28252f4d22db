import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * The exit letter builder. Paragraphs follow the exit conversation (thank, frame with
 * facts, goodwill gesture, apologise, offer alternatives) wrapped in the formal parts a
 * written notice needs (date, subject, decision, notice, last day, commitments, what is
 * owed, handover, signature with contact lines). Each locale writes its own templates in
 * <locale>.json; `{field-id}` placeholders name fields.
 *
 * One notice model (`policy.notice`): as in the contract (the default: the contract
 * decides), a period (the last day must be at least that long after the date of writing),
 * or immediate (no last day; the page warns that ending early can be a breach). While the
 * client owes money (`owed: yes`) there is no goodwill gesture, the letter asks for
 * payment, and files are handed over once the account is settled. The legal mode leaves
 * out the thanks, the documented facts, the apology, goodwill and referrals: what the
 * letter says is for the lawyer to decide.
 */
const legal = { choice: 'mode', option: 'legal' };
const owes = { choice: 'owed', option: 'yes' };
const immediate = { choice: 'notice', option: 'immediate' };

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
    { id: 'sender-contact', type: 'long', maxLength: 400 },
    { id: 'contract-ref', type: 'text', maxLength: 100 },
    { id: 'written-on', type: 'date', maxLength: 10 },
    { id: 'last-day', type: 'date', maxLength: 10 },
    { id: 'facts', type: 'long', maxLength: 2000 },
    { id: 'referrals', type: 'long', maxLength: 1000 },
  ],
  choices: [
    { id: 'mode', options: ['standard', 'legal'], default: 'standard' },
    { id: 'notice', options: ['contract', 'two-weeks', 'one-month', 'two-months', 'immediate'], default: 'contract' },
    { id: 'owed', options: ['no', 'yes'], default: 'no' },
    { id: 'goodwill', options: ['none', 'refund', 'credit-note', 'handover-support'], default: 'none' },
    { id: 'apology', options: ['yes', 'no'], default: 'yes' },
  ],
  paragraphs: [
    { id: 'dateline', whenFilled: 'written-on' },
    { id: 'subject-contract', whenFilled: 'contract-ref' },
    { id: 'subject', whenEmpty: 'contract-ref' },
    { id: 'greeting-named', whenFilled: 'client-contact' },
    { id: 'greeting', whenEmpty: 'client-contact' },
    { id: 'thank', omitIf: [legal] },
    { id: 'decision-contract', whenFilled: 'contract-ref' },
    { id: 'decision', whenEmpty: 'contract-ref' },
    { id: 'facts', whenFilled: 'facts', omitIf: [legal] },
    { id: 'notice', choice: 'notice' },
    { id: 'last-day', whenFilled: 'last-day', omitIf: [immediate] },
    { id: 'commitments', omitIf: [immediate] },
    { id: 'stop-work', onlyIf: [immediate] },
    { id: 'owed', onlyIf: [owes] },
    { id: 'handover', choice: 'owed' },
    { id: 'goodwill', choice: 'goodwill', omitWhen: 'none', omitIf: [owes, legal] },
    { id: 'apology', choice: 'apology', omitWhen: 'no', omitIf: [legal] },
    { id: 'referrals', whenFilled: 'referrals', omitIf: [legal] },
    { id: 'alternatives', whenEmpty: 'referrals', omitIf: [legal] },
    { id: 'closing' },
    { id: 'signoff' },
    { id: 'company', whenFilled: 'company', continues: true },
    { id: 'sender-contact', whenFilled: 'sender-contact', continues: true },
  ],
  policy: {
    notice: { choice: 'notice', immediate: 'immediate', periods: { 'two-weeks': { days: 14 }, 'one-month': { months: 1 }, 'two-months': { months: 2 } } },
    dates: { writtenOn: 'written-on', lastDay: 'last-day' },
    owed: owes,
    goodwill: { choice: 'goodwill', none: 'none' },
    legal,
  },
} satisfies ToolDefinitionInput;
