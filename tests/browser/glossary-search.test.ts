import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tooling/browser';
import { fixtureSite } from '../helpers/build';
import { withWholeIndex } from '../helpers/pagefind-parts';
import { serveDist, type StaticServer } from '../../tooling/serve';

/*
 * What Pagefind makes of the search data on story pages (src/components/StorySearchData.astro): a `hidden` element
 * inside data-pagefind-body with the `story` key, the other version's language and one `entity:{id}` filter per
 * glossary entry, and no text. These tests ask Pagefind's own API in the page, so they hold whatever the search
 * page does with the results.
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

/** Result URLs of a Pagefind query on `/{lang}/search/` (that language's index, all its parts). */
async function pagefind(lang: 'ja' | 'en', query: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
  const script = withWholeIndex(
    fixtureSite.dist,
    lang,
    `const found = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(found.results.map(async (r) => (await r.data()).url));`,
  );
  return page.evaluate(script) as Promise<string[]>;
}

describe('glossary data in the search index', () => {
  it('indexes no words of its own: the Japanese name alone does not find an English story', async () => {
    // Names cross scripts on the search page, through the glossary (tests/browser/search-names.test.ts).
    // Each English story that names Russia carries entity:russia, but no English page has the word ロシア.
    expect(await pagefind('en', 'ロシア')).toEqual([]);
    expect(await pagefind('en', null, { entity: 'russia' })).not.toEqual([]);
  });

  it('indexes the entity filters, also inside the hidden block', async () => {
    expect(await pagefind('ja', null, { entity: 'witkoff' })).toEqual(['/ja/articles/ja-only/']);
    expect((await pagefind('en', null, { entity: 'russia' })).sort()).toEqual(['/en/articles/prisoner-exchange/']);
  });

  it('does not show the block to readers', async () => {
    await page.goto(`${server.url}/en/articles/prisoner-exchange/`, { waitUntil: 'load' });
    expect(await page.locator('.story-search-data').isVisible()).toBe(false);
    expect(await page.locator('article').innerText()).not.toContain('停戦');
  });
});
