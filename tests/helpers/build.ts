import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const root = resolve(import.meta.dirname, '../..');
/** Build output of the tests; DIGEST_TEST_OUTPUT lets two test runs on one machine stay apart. */
export const outputRoot = process.env['DIGEST_TEST_OUTPUT'] || join(root, 'tests/.output');

/** The small fixture content tree every build-level test asserts on (see tests/fixtures/basic/). */
export const fixtureContent = join(root, 'tests/fixtures/basic/content');
/** Where global-setup builds the fixture site (a copy of the fixture plus generated stories for pagination). */
export const fixtureSite = {
  content: join(outputRoot, 'fixture-content'),
  dist: join(outputRoot, 'fixture-dist'),
  cache: join(outputRoot, 'fixture-cache'),
};

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, ANSI colours removed, for asserting on messages. */
  output: string;
}

/**
 * Builds the real site code against another content tree, in a child process, exactly as `npm run build`
 * would (so the search index and content checks run too).
 */
export function buildSite(opts: { content: string; dist: string; cache: string; env?: Record<string, string> }): BuildResult {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: {
      ...process.env,
      DIGEST_CONTENT_DIR: opts.content,
      DIGEST_OUT_DIR: opts.dist,
      DIGEST_CACHE_DIR: opts.cache,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...opts.env,
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** Reads a built page by its URL path (`/en/articles/x/`) and parses it. */
export function page(dist: string, urlPath: string): CheerioAPI {
  const file = join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`No page built at ${urlPath} (looked for ${file})`);
  return load(readFileSync(file, 'utf8'));
}

export function pageExists(dist: string, urlPath: string): boolean {
  return existsSync(join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
}
