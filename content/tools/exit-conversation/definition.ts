import type { ToolDefinitionInput } from '../../../src/schemas/tool';

/**
 * The five parts of a good exit conversation, in the order they are best said, between its
 * preparation and the written confirmation (which opens the letter builder).
 */
export default {
  id: 'exit-conversation',
  kind: 'checklist',
  version: 1,
  order: 40,
  relatedGuide: 'ending-well',
  steps: [
    { id: 'prepare' },
    { id: 'thank' },
    { id: 'frame-with-facts' },
    { id: 'goodwill-gesture' },
    { id: 'apologise' },
    { id: 'offer-alternatives' },
    { id: 'confirm-in-writing', tool: 'exit-letter' },
  ],
} satisfies ToolDefinitionInput;
