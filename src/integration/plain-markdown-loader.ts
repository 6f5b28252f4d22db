import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { markToolEmbeds, withoutToolMarkers } from '../lib/tool-embeds';

/**
 * Whether an MDX body is plain Markdown: nothing MDX reads differently from Markdown. MDX
 * takes `<` as JSX (Markdown: HTML, autolinks), `{` as an expression, `import`/`export` at a
 * line's start as code, and has no indented code blocks; a body opening with `---` would be
 * read as frontmatter by the Markdown renderer. Any of these, even where harmless, keeps the
 * file on the MDX path: a false "no" costs build time, a false "yes" would change a page.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{]|^(?:import|export)\b|^(?: {4}|\t)/m.test(body) && !/^\s*---/.test(body);
}

/**
 * Wraps the glob loader so an `.mdx` entry that is plain Markdown is rendered once, at
 * content sync, by the configured Markdown processor (Sätteri with the link plugin and
 * heading ids), instead of becoming a module of its own that Vite compiles, bundles and
 * renders per page. That per-module work was most of the build's time. A tool embedded on a
 * line of its own does not keep a guide on the MDX path: it becomes a marker that the guide's
 * page replaces with the tool (src/lib/tool-embeds.ts). The HTML is the same as the MDX
 * path's, byte for byte: Sätteri ends a Markdown document with a line break that the MDX
 * component does not emit, so it is dropped.
 *
 * `toolEmbeds`: only where the page renders the markers (guides); elsewhere a tool line
 * keeps the file on the MDX path, which fails on a component the page does not provide.
 *
 * A rendered entry carries a digest of its own, so the next sync renders it again instead of
 * keeping it: the link plugin's checks (does the linked guide still exist?) stay current.
 * An error while rendering (a broken link) fails the sync naming the file, as the MDX path
 * does; the glob loader alone would only log it.
 */
export function plainMarkdownFirst(loader: Loader, { toolEmbeds = false }: { toolEmbeds?: boolean } = {}): Loader {
  return {
    ...loader,
    load: async (context) => {
      // While the first load runs, its renders are awaited (an error fails the sync); a file
      // changed later in `astro dev` is rendered on its own and an error is logged.
      let renders: Promise<void>[] | undefined = [];
      const root = fileURLToPath(context.config.root);
      const store: typeof context.store = {
        ...context.store,
        set: (entry) => {
          const { body, filePath } = entry;
          const markdown = body === undefined || !toolEmbeds ? body : markToolEmbeds(body);
          if (!entry.deferredRender || !filePath || markdown === undefined || !isPlainMarkdown(withoutToolMarkers(markdown))) return context.store.set(entry);
          const render = context.renderMarkdown(markdown, { fileURL: pathToFileURL(resolve(root, filePath)) }).then((rendered) => {
            context.store.set({
              ...entry,
              deferredRender: false,
              digest: `${entry.digest ?? ''}:markdown`,
              rendered: { ...rendered, html: rendered.html.replace(/\n$/, '') },
            });
          });
          if (renders) renders.push(render);
          else render.catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
          return true;
        },
      };
      await loader.load({ ...context, store });
      const pending = renders;
      renders = undefined;
      await Promise.all(pending);
    },
  };
}
