import { z } from 'astro/zod';

/** Frontmatter of a standalone page (`content/pages/<locale>/<slug>.mdx`). */
export const pageSchema = z.object({
  /** Page title and `<h1>`. */
  title: z.string().trim().min(3),
  /** For `<meta name=description>`. */
  description: z.string().trim().min(20).max(300),
});
