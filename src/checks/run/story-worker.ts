// A worker thread of ./parallel.ts: checks the batches of stories it is sent, reading their files itself.
// Started by file URL, so it runs as plain Node even when the checker itself was loaded through Vite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { publicFileIn } from '../read/load.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './parallel.ts';
import { checkStory, type StoryContext } from './story.ts';

const setup = workerData as WorkerSetup;
const context: StoryContext = {
  known: { topics: new Set(setup.topics), authors: new Set(setup.authors) },
  contentFiles: new Set(setup.contentFiles),
  publicFile: publicFileIn(setup.publicDir),
};
const port = parentPort!;

port.on('message', ({ id, stories }: ToWorker) => {
  const results = stories.map((story) =>
    checkStory(
      story.map(({ path, ...rest }) => ({ ...rest, file: { path, read: () => readFileSync(join(setup.dir, path)) } })),
      context,
    ),
  );
  port.postMessage({ type: 'done', id, results } satisfies FromWorker);
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
