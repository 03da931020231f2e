import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planContent } from '../../src/checks/run/content';
import { checkContentDir, loadContent } from '../../src/checks/index';
import { publicFileIn } from '../../src/checks/read/load';
import { sendBatch, storyWorker, type SentFile, type WorkerSetup } from '../../src/checks/run/check-threads';
import { checkStory, type StoryResult } from '../../src/checks/run/story';
import { workerPool } from '../../src/shared/pool';
import { fixtureContent, root } from '../helpers/build';
import { loadCases } from '../checks/cases';

// Large trees are checked on worker threads (src/checks/run/check-threads.ts, a pool from src/shared/pool.ts). The report must not change: same
// findings, same order. The tree here is every case of the corpus and the fixture site, three times over, so
// that it has several batches of stories and nearly every kind of problem, and a story with several problems of
// one kind on one line, whose order only the order of finding decides.
let tree: string;
const publicDir = join(root, 'public');

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'digest-checks-threads-'));
  const sources = [fixtureContent, ...loadCases().map((c) => c.content)];
  sources.forEach((source, i) => {
    for (const collection of ['topics', 'authors']) {
      // The first file of each id wins, so that stories still find their topics.
      if (existsSync(join(source, collection))) cpSync(join(source, collection), join(tree, collection), { recursive: true, force: false });
    }
    if (!existsSync(join(source, 'articles'))) return;
    for (let copy = 0; copy < 3; copy++) {
      for (const entry of readdirSync(join(source, 'articles'))) {
        mkdirSync(join(tree, 'articles'), { recursive: true });
        cpSync(join(source, 'articles', entry), join(tree, 'articles', `s${i}-${copy}-${entry}`), { recursive: true, verbatimSymlinks: true });
      }
    }
  });
  const frontmatter = (title: string) => `---\ntitle: ${title}\nlead: ${title}\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n\n`;
  mkdirSync(join(tree, 'articles/ties'));
  writeFileSync(join(tree, 'articles/ties/en.md'), `${frontmatter('Ties')}Core issues مثل and 依然 remain for 100 or 200 people.\n`);
  writeFileSync(
    join(tree, 'articles/ties/ja.md'),
    `${frontmatter('同じ行')}彼は The talks ended without any agreement at all. と述べ、The sides said that nothing was agreed. とも述べた。\n`,
  );
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('content checks on several threads', () => {
  it('report exactly what one thread reports, in the same order', async () => {
    const one = await checkContentDir(tree, publicDir, { threads: 1 });
    // Workers only (`here: false`): this thread would otherwise finish a tree this small before they start.
    const three = await checkContentDir(tree, publicDir, { threads: 3, minFiles: 0, here: false });
    expect(new Set(one.findings.map((f) => f.rule)).size).toBeGreaterThan(30);
    const ties = one.findings.filter((f) => f.file.startsWith('articles/ties/')).map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(ties).toEqual([
      'articles/ties/en.md:8 en-foreign-script',
      'articles/ties/en.md:8 en-foreign-script',
      'articles/ties/en.md:8 pair-numbers',
      'articles/ties/en.md:8 pair-numbers',
      'articles/ties/ja.md:8 ja-english-sentence',
      'articles/ties/ja.md:8 ja-english-sentence',
    ]);
    expect(three).toEqual(one);
  });

  it('the worker checks a batch of stories as this thread does', async () => {
    const plan = planContent(loadContent(tree), { publicFile: publicFileIn(publicDir)! });
    const stories = plan.stories.slice(0, 40);
    expect(stories.length).toBe(40);
    const setup: WorkerSetup = {
      dir: tree,
      publicDir,
      topics: [...plan.context.known.topics],
      authors: [...plan.context.known.authors],
      contentFiles: [...plan.context.contentFiles],
      timelines: [...plan.context.timelines],
      glossary: [...plan.context.glossary.entries],
    };
    const pool = workerPool<SentFile[][], StoryResult[], WorkerSetup>({ worker: storyWorker, data: setup, threads: 1 });
    try {
      const results = await pool.run(sendBatch(stories));
      expect(results).toEqual(stories.map((story) => checkStory(story, plan.context)));
    } finally {
      await pool.close();
    }
  });
});
