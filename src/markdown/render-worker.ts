// One Markdown renderer in a worker thread of the pool in ./parallel.ts (src/shared/pool.ts). Node loads this
// file directly (not through Vite), which is why every relative import it reaches names its `.ts` file.
import { unified, type AstroMarkdownOptions, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { workerData } from 'node:worker_threads';
import { storyMarkdown } from './index.ts';

/** One file to render: what Astro's renderer gets, with the URL as text (a URL object cannot cross threads). */
export interface RenderTask {
  content: string;
  fileURL?: string;
  frontmatter?: Record<string, unknown>;
}

const renderer = await unified(storyMarkdown).createRenderer((workerData as { shared: AstroMarkdownOptions }).shared);

export default function render(task: RenderTask): Promise<MarkdownRenderResult> {
  return renderer.render(task.content, {
    ...(task.fileURL ? { fileURL: new URL(task.fileURL) } : {}),
    ...(task.frontmatter ? { frontmatter: task.frontmatter } : {}),
  });
}
