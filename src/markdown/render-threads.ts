import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { glossaryDigest } from '../shared/glossary/entries.ts';
import { timelineDigest } from '../shared/timelines.ts';
import { renderCodeDigest } from './render-digest.ts';
import { contentDir } from '../shared/build-dirs.ts';
import { workerPool } from '../shared/pool.ts';
import { maxStoryBytes, sizeMessage } from '../shared/story-limits.ts';
import { storyMarkdown } from './index.ts';
import { recordRenderFailure } from './render-failures.ts';
import { storyError } from './remark-story-limits.ts';
import type { RenderTask } from './render-worker.ts';

/**
 * How many worker threads render Markdown. `DIGEST_MARKDOWN_THREADS` decides when set (`0`: none, render in
 * Astro's own thread); otherwise one per core, up to 4, and none on a single core. One per core, not one
 * fewer: while they render, Astro's own thread (reading files, validating frontmatter) needs about a third
 * of what rendering does (measured per thread on 1,000 story pairs: 4.7 s of CPU against 7.7 s).
 * @example markdownThreads(undefined, 2) // 2
 * @example markdownThreads('0', 8) // 0
 */
export function markdownThreads(setting: string | undefined, cores: number): number {
  if (setting !== undefined && setting.trim() !== '') {
    const threads = Number(setting);
    if (!Number.isInteger(threads) || threads < 0) {
      throw new Error(`DIGEST_MARKDOWN_THREADS must be a whole number (0 renders Markdown without worker threads), not "${setting}".`);
    }
    return threads;
  }
  return cores < 2 ? 0 : Math.min(cores, 4);
}

/**
 * The story Markdown processor (`unified(storyMarkdown)`, see ./index.ts) for `markdown.processor`, with the
 * rendering of `.md` files spread over worker threads.
 *
 * Why: rendering is the largest part of a build (remark and rehype are JavaScript, several milliseconds a
 * file) and Astro runs it on one thread, while a build machine has more cores. Astro's glob loader already asks
 * for up to ten files at once, so a pool of threads that each run the same processor (./render-worker.ts)
 * renders several at a time while Astro's thread reads and validates the next files. The HTML is the same:
 * same plugins, same order, one file at a time per thread. MDX is compiled by Vite and is not affected.
 */
export function storyProcessor(
  threads = markdownThreads(process.env['DIGEST_MARKDOWN_THREADS'], availableParallelism()),
): MarkdownProcessor<UnifiedResolvedOptions> {
  const inThread = unified(storyMarkdown);
  // The rendered HTML depends on the glossary (first-mention links, the `glossary` ids in the frontmatter), but
  // Astro's content cache keys each story only on its own file. Astro does clear the whole cache when its config
  // changes, comparing the config as JSON, and it keeps `markdown.processor.options` as given: a hash of the
  // glossary files there makes a glossary change re-render every story on the next build
  // (tests/unit/markdown-threads.test.ts). `astro dev` reads the config once: restart it after editing the glossary.
  // The same goes for the chronologies a `::timeline` shows (content/timelines/), and for the rendering code
  // itself and the libraries it uses (./render-digest.ts).
  Object.assign(inThread.options, {
    glossaryDigest: glossaryDigest(contentDir),
    timelineDigest: timelineDigest(contentDir),
    renderCodeDigest: renderCodeDigest(),
  });
  if (threads === 0) {
    return { ...inThread, createRenderer: async (shared: AstroMarkdownOptions) => sizeGuard(await inThread.createRenderer(shared)) };
  }
  return {
    ...inThread,
    async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
      // Options that cannot be copied to a thread (a Shiki transformer is a function) keep everything here.
      if (!canClone(shared)) return sizeGuard(await inThread.createRenderer(shared));
      const pool = workerPool<RenderTask, Awaited<ReturnType<MarkdownRenderer['render']>>>({
        worker: new URL('./render-worker.ts', import.meta.url),
        data: { shared },
        threads,
        // Threads start with the first story and end once the stories are rendered, so that they do not hold
        // their memory through page generation and search indexing (or a whole `astro dev` session).
        idleTimeout: 1000,
      });
      let local: Promise<MarkdownRenderer> | undefined;
      return sizeGuard({
        async render(content, opts) {
          const task: RenderTask = {
            content,
            ...(opts?.fileURL ? { fileURL: opts.fileURL.href } : {}),
            ...(opts?.frontmatter ? { frontmatter: opts.frontmatter } : {}),
          };
          try {
            return await pool.run(task);
          } catch (error) {
            // Frontmatter that cannot be copied to a thread (nothing a story's YAML can hold) renders here.
            if (!(error instanceof Error && error.name === 'DataCloneError')) throw error;
            return (await (local ??= inThread.createRenderer(shared))).render(content, opts);
          }
        },
      });
    },
  };
}

/**
 * Refuses a story file over `maxStoryBytes` before it is parsed (parsing alone can take minutes on a large,
 * deeply nested file; the nesting itself is refused right after parsing, ./remark-story-limits.ts), and
 * remembers every story that fails to render, so that the build can stop naming them (./render-failures.ts).
 */
function sizeGuard(renderer: MarkdownRenderer): MarkdownRenderer {
  return {
    ...renderer,
    async render(content, opts) {
      const path = opts?.fileURL ? decodeURIComponent(opts.fileURL.pathname) : 'story';
      try {
        const bytes = Buffer.byteLength(content);
        if (bytes > maxStoryBytes) throw storyError(path, 1, sizeMessage(bytes));
        return await renderer.render(content, opts);
      } catch (error) {
        const message = error instanceof Error ? error.message.replace(/^Failed to parse Markdown file "[^"]*":\n/, '') : String(error);
        recordRenderFailure({ file: path, message });
        throw error;
      }
    },
  };
}

function canClone(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
