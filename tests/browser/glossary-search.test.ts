import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tooling/browser';
import { fixtureSite } from '../helpers/build';
import { serveDist, type StaticServer } from '../../tooling/serve';

/*
 * What Pagefind makes of the glossary data on story pages (src/components/GlossaryTerms.astro): the spellings sit
 * in a `hidden` element inside data-pagefind-body, with one `entity:{id}` filter per entry. These tests ask
 * Pagefind's own API in the page, so they hold whatever the search page does with the results.
 */

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(fixtureSite.dist), launchBrowser()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Result URLs of a Pagefind query on `/{lang}/search/` (that language's index). */
async function pagefind(lang: 'ja' | 'en', query: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
  // A string, so that the test runner does not rewrite the dynamic import meant for the browser.
  const script = `(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const found = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

describe('glossary data in the search index', () => {
  it('indexes the hidden spellings: the Japanese name finds the English story that only says "Ceasefire"', async () => {
    // No English story has Japanese text of its own; 停戦 is only in their glossary blocks.
    expect((await pagefind('en', '停戦')).sort()).toEqual([
      '/en/articles/corrected-story/',
      '/en/articles/mdx-story/',
      '/en/articles/prisoner-exchange/',
    ]);
  });

  it('indexes the entity filters, also inside the hidden block', async () => {
    expect(await pagefind('ja', null, { entity: 'witkoff' })).toEqual(['/ja/articles/ja-only/']);
    expect((await pagefind('en', null, { entity: 'russia' })).sort()).toEqual(['/en/articles/prisoner-exchange/']);
  });

  it('does not show the block to readers', async () => {
    await page.goto(`${server.url}/en/articles/prisoner-exchange/`, { waitUntil: 'load' });
    expect(await page.locator('.glossary-terms').isVisible()).toBe(false);
    expect(await page.locator('article').innerText()).not.toContain('停戦');
  });
});
