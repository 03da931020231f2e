import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../../tooling/browser.ts';
import { serveDist } from '../../tooling/serve.ts';

/**
 * Search figures for the benchmark's synthetic site, in headless Chromium:
 *
 * - `firstResultsMs`: the goal's figure. The reader has focused the search box, so the page has loaded
 *   Pagefind and its language indexes; then a whole query is submitted (Enter, so no typing debounce counts) and
 *   the clock runs until the results are on screen: the query's index chunks, the search itself and the first
 *   page of result fragments. The median over queries in and across both languages.
 * - `measureSearch`: `scripts/measure-search.ts` on the same build (a cold first query
 *   typed key by key, index download included, and what it downloads), quoted as it prints.
 */

export interface SearchFigures {
  firstResultsMs: number;
  queries: { lang: string; q: string; ms: number; results: number }[];
  /** Output of scripts/measure-search.ts, or why it did not run. */
  measureSearch: string;
}

/** Queries the generator's text always contains: in each language, and across (a Japanese word on the English page). */
const queries = [
  { lang: 'ja', q: '停戦' },
  { lang: 'en', q: 'ceasefire' },
  { lang: 'ja', q: 'ceasefire' },
  { lang: 'en', q: '停戦' },
  { lang: 'en', q: 'prisoners' },
  { lang: 'ja', q: '捕虜' },
];

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve(code === 0 ? out : `exit ${code}:\n${out}`));
    child.on('error', (error) => resolve(`could not run: ${error.message}`));
  });
}

export async function searchFigures(root: string, dist: string): Promise<SearchFigures> {
  const script = join(root, 'scripts/measure-search.ts');
  const measureSearch = existsSync(script)
    ? await run(process.execPath, [script, dist, 'ja:停戦', 'en:ceasefire', 'en:停戦', 'ja:ceasefire'], root)
    : 'scripts/measure-search.ts does not exist (yet): no cold-query figures.';

  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const measured: SearchFigures['queries'] = [];
  try {
    for (const { lang, q } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
      const input = page.locator('#search-page-input');
      // Focusing the box loads Pagefind and every language index (src/client/search.ts); wait until it is done.
      await input.focus();
      await page.waitForLoadState('networkidle');
      await input.fill(q);
      const started = performance.now();
      await input.press('Enter');
      await page.waitForFunction((query) => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return status.includes(query) && !document.querySelector('[data-search-list][aria-busy]');
      }, q);
      const ms = Math.round(performance.now() - started);
      measured.push({ lang, q, ms, results: await page.locator('[data-search-list] > li').count() });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = measured.map((m) => m.ms).sort((a, b) => a - b);
  return { firstResultsMs: sorted[Math.floor(sorted.length / 2)] ?? -1, queries: measured, measureSearch };
}
