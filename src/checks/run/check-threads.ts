import type { GlossaryTerms } from '../../shared/glossary/entries.ts';
import type { Timeline } from '../../shared/timelines.ts';
import { availableParallelism } from 'node:os';
import { workerPool } from '../../shared/pool.ts';
import type { StoryFile } from '../rules/paths.ts';
import { checkStory, type StoryContext, type StoryResult } from './story.ts';

// Checking stories is most of the checker's work and each story is independent, so on a large tree it is
// shared between this thread and worker threads (a pool of ./story-worker.ts). Stories go out in batches, one
// or two at a time per worker, so a slow or busy thread simply takes fewer; the results are put back in story
// order, which keeps the report byte for byte the same as on one thread. Workers load the checker again (about
// a third of a second), so a small tree never starts any.

/** What a worker needs to rebuild a {@link StoryContext} and read files: plain data, copied to each worker. */
export interface WorkerSetup {
  /** The content folder: story paths are relative to it. */
  dir: string;
  publicDir: string | undefined;
  topics: string[];
  authors: string[];
  contentFiles: string[];
  /** The glossary entries (plain data); each worker compiles its own matcher. */
  glossary: GlossaryTerms[];
  /** The chronologies by topic (plain data). */
  timelines: [string, Timeline][];
}

/** A story file as it is sent to a worker, which reads it itself. */
export type SentFile = Omit<StoryFile, 'file'> & { path: string };

/** A batch of stories as a worker gets it: its task. */
export const sendBatch = (stories: readonly StoryFile[][]): SentFile[][] =>
  stories.map((story) => story.map(({ file, ...rest }) => ({ ...rest, path: file.path })));

export const storyWorker = new URL('./story-worker.ts', import.meta.url);

export interface ThreadOptions {
  /** Threads to use, this one included (default: the machine's available parallelism, at most 8). */
  threads?: number;
  /** Fewer story files than this are checked on this thread alone (default 4,000). */
  minFiles?: number;
  /**
   * Whether this thread checks stories too while the workers run (default true: it is free, and it starts at
   * once while workers take a moment to start). It takes over anyway if no worker is left.
   */
  here?: boolean;
}

/**
 * Below this many story files a worker saves too little to pay for itself. Measured on 2 cores, one worker
 * shortens the busiest thread by 0.1 s at 1,000 story pairs, 0.35 s at 2,500 and 1.6 s at 10,000 (4.1 to 2.5 s),
 * and adds 0.5 to 1.2 s of CPU time (its start, and code warming up in two threads instead of one).
 */
const defaultMinFiles = 4000;
/** Stories per batch: small enough to share the end of the work evenly, large enough to keep messages rare. */
const batchSize = 50;
/** Batches a worker holds at once, so that it never waits for this thread to send the next. */
const perWorker = 2;

/**
 * Checks every story, on worker threads as well as this one when the tree is large enough. Resolves to the
 * results in the order of `stories`, exactly as `stories.map((s) => checkStory(s, context))` would. A batch
 * that fails on a worker (the thread cannot start, or throws) is handed back, to another worker or this thread.
 */
export async function checkStories(
  stories: readonly StoryFile[][],
  context: StoryContext,
  setup: () => WorkerSetup,
  options: ThreadOptions = {},
): Promise<StoryResult[]> {
  const fileCount = stories.reduce((n, s) => n + s.length, 0);
  const batches: StoryFile[][][] = [];
  for (let i = 0; i < stories.length; i += batchSize) batches.push(stories.slice(i, i + batchSize));
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), 8), batches.length);
  if (threads < 2 || fileCount < (options.minFiles ?? defaultMinFiles)) return stories.map((s) => checkStory(s, context));

  const results: StoryResult[][] = [];
  let done = 0;
  let nextBatch = 0;
  const returned: number[] = [];
  const take = () => returned.shift() ?? (nextBatch < batches.length ? nextBatch++ : undefined);
  // This thread sleeps on `wake` when it has nothing left to do but wait for the workers.
  let wake = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));

  const pool = workerPool<SentFile[][], StoryResult[], WorkerSetup>({
    worker: storyWorker,
    data: setup(),
    threads: threads - 1,
    tasksPerThread: perWorker,
  });
  // Each lane keeps one batch at a worker until none is left. A lane whose batch fails hands it back and stops.
  let lanes = 0;
  const lane = async () => {
    lanes++;
    try {
      for (let id = take(); id !== undefined; id = take()) {
        try {
          results[id] = await pool.run(sendBatch(batches[id]!));
          done++;
        } catch {
          returned.push(id);
          return;
        } finally {
          wake();
        }
      }
    } finally {
      lanes--;
      wake();
    }
  };
  const running = Array.from({ length: (threads - 1) * perWorker }, lane);

  try {
    while (done < batches.length) {
      const id = options.here === false && lanes > 0 ? undefined : take();
      if (id === undefined) {
        await changed();
        continue;
      }
      results[id] = batches[id]!.map((story) => checkStory(story, context));
      done++;
      // Let the workers' results and requests in before the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
  return results.flat();
}
