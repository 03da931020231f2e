// A worker thread of ./check-threads.ts (a pool from src/shared/pool.ts): checks the batches of stories it is given,
// reading their files itself. Loaded by Node directly, so it runs as plain Node even when the checker itself
// was loaded through Vite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { compileMatcher } from '../../shared/glossary/matcher.ts';
import { publicFileIn } from '../read/load.ts';
import type { SentFile, WorkerSetup } from './check-threads.ts';
import { checkStory, type StoryContext, type StoryResult } from './story.ts';

const setup = workerData as WorkerSetup;
const context: StoryContext = {
  known: { topics: new Set(setup.topics), authors: new Set(setup.authors) },
  contentFiles: new Set(setup.contentFiles),
  publicFile: publicFileIn(setup.publicDir),
  glossary: { entries: setup.glossary, matcher: compileMatcher(setup.glossary) },
  timelines: new Map(setup.timelines),
};

export default function checkBatch(stories: SentFile[][]): StoryResult[] {
  return stories.map((story) =>
    checkStory(
      story.map(({ path, ...rest }) => ({ ...rest, file: { path, read: () => readFileSync(join(setup.dir, path)) } })),
      context,
    ),
  );
}
