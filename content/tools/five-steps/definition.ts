import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * The five steps to take before deciding to end a client relationship, with a meeting mode;
 * framed by the guide's "is the law involved?" check and a written decision. The cost step
 * opens the calculator.
 */
export default {
  id: 'five-steps',
  kind: 'checklist',
  version: 1,
  order: 30,
  relatedGuide: 'five-steps',
  meetingMode: true,
  steps: [
    { id: 'law-first' },
    { id: 'cross-functional-meeting' },
    { id: 'everyone-speaks' },
    { id: 'own-contribution' },
    { id: 'worth-keeping' },
    { id: 'cost-of-ending', tool: 'revenue-per-hour' },
    { id: 'record-decision' },
  ],
} satisfies ToolDefinitionInput;
