// One Markdown renderer in a worker thread of the pool in ./render-threads.ts (src/shared/pool.ts). Node loads this
// file directly (not through Vite), which is why every relative import it reaches names its `.ts` file.
import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import nodeModule from 'node:module';
import { workerData } from 'node:worker_threads';

/** One file to render: what Astro's renderer gets, with the URL as text (a URL object cannot cross threads). */
export interface RenderTask {
  content: string;
  fileURL?: string;
  frontmatter?: Record<string, unknown>;
}

// Astro's pipeline ends with rehype-raw, a full HTML re-parse that has nothing left to do in a story; in this
// thread, where nothing else loads Astro's Markdown package, its import of rehype-raw gets the plugin that runs
// it only when a raw node is left (./rehype-raw-when-needed.ts). Registered before that package is imported.
// `registerHooks` came in Node 22.15 and Astro runs on 22.12 too: without it the pass simply runs, to the same HTML.
const whenNeeded = new URL('./rehype-raw-when-needed.ts', import.meta.url).href;
nodeModule.registerHooks?.({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'rehype-raw' && context.parentURL?.includes('/@astrojs/markdown-remark/')) {
      return { url: whenNeeded, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});

const { unified } = await import('@astrojs/markdown-remark');
const { storyMarkdown } = await import('./index.ts');
const renderer = await unified(storyMarkdown).createRenderer((workerData as { shared: AstroMarkdownOptions }).shared);

export default function render(task: RenderTask): Promise<MarkdownRenderResult> {
  return renderer.render(task.content, {
    ...(task.fileURL ? { fileURL: new URL(task.fileURL) } : {}),
    ...(task.frontmatter ? { frontmatter: task.frontmatter } : {}),
  });
}
