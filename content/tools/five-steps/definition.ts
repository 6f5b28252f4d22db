import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/** The five steps to take before deciding to end a client relationship, with a meeting mode. */
export default {
  id: 'five-steps',
  kind: 'checklist',
  version: 1,
  order: 30,
  relatedGuide: 'five-steps',
  meetingMode: true,
  steps: [{ id: 'cross-functional-meeting' }, { id: 'everyone-speaks' }, { id: 'own-contribution' }, { id: 'worth-keeping' }, { id: 'cost-of-ending' }],
} satisfies ToolDefinitionInput;
