import { z } from 'astro/zod';
import { sourceIds } from '../data/sources';

/** The reader's journey, in order. Navigation, the guides index and prev/next follow it. */
export const stages = ['recognise', 'diagnose', 'repair', 'decide', 'end', 'after'] as const;
export type Stage = (typeof stages)[number];

/** Frontmatter of one guide (`content/guides/<locale>/<key>.mdx`). */
export const guideSchema = z.object({
  /** Page title and `<h1>`. */
  title: z.string().trim().min(3, 'Give the guide a title of at least 3 characters.'),
  /** One or two sentences for search results, `<meta name=description>` and the guides index. */
  description: z.string().trim().min(20, 'Write a description of at least 20 characters.').max(300),
  /** Shared by every translation of one guide; also the URL segment and the file name. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case latin letters, digits and hyphens, e.g. "red-flags".'),
  /** Where the guide sits in the reader's journey. */
  stage: z.enum(stages),
  /** Position within the whole journey; lower comes first. Translations share it. */
  order: z.number().int().min(0).max(9999),
  /** The day the content last changed meaningfully, `YYYY-MM-DD`. */
  updated: z.coerce.date(),
  /** The articles this guide draws on (ids from `src/data/sources.ts`). */
  sources: z.array(z.enum(sourceIds)).min(1, 'Name at least one source article.'),
  /** Three to five points shown in an "In short" box above the guide. */
  summary: z.array(z.string().trim().min(10)).min(2).max(6),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
