import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/** The five parts of a good exit conversation, in the order they are best said. */
export default {
  id: 'exit-conversation',
  kind: 'checklist',
  version: 1,
  order: 40,
  relatedGuide: 'ending-well',
  steps: [{ id: 'thank' }, { id: 'frame-with-facts' }, { id: 'goodwill-gesture' }, { id: 'apologise' }, { id: 'offer-alternatives' }],
} satisfies ToolDefinitionInput;
