import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealRecords } from '../../src/shared/search-parts';
import { launchBrowser } from '../../tooling/browser';
import { searchAnswer } from '../../tooling/search-answers';
import { serveDist, type StaticServer } from '../../tooling/serve';
import { buildSite, fixtureSite, outputRoot } from '../helpers/build';

/*
 * The search index in parts answers as one index per language would. The fixture site is built with parts of a
 * few stories (tests/global-setup.ts); here the same stories are built again with one part per language, and the
 * search page of each build is asked the same queries in a real browser.
 */

const onePart = { content: fixtureSite.content, dist: join(outputRoot, 'one-part-dist'), cache: join(outputRoot, 'one-part-cache') };
let parts: StaticServer;
let whole: StaticServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(onePart.dist, { recursive: true, force: true });
  rmSync(onePart.cache, { recursive: true, force: true });
  const built = buildSite({ ...onePart, env: { DIGEST_SEARCH_PART_SIZE: '100000' } });
  if (built.status !== 0) throw new Error(`The one-part build failed:\n${built.output.slice(-3000)}`);
  [parts, whole, browser] = await Promise.all([serveDist(fixtureSite.dist), serveDist(onePart.dist), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await parts?.close();
  await whole?.close();
});

/** Queries in both scripts, whole words and prefixes, one word and several, words some parts lack. */
const queries = ['archive', 'prisoner exchange', 'Zelensky', '捕虜交換', 'タイ', 'タイミ', '停戦'];

describe('the search index in parts', () => {
  it('is in several parts here, and in one for the comparison', () => {
    expect(existsSync(join(fixtureSite.dist, 'pagefind/part-1'))).toBe(true);
    expect(existsSync(join(onePart.dist, 'pagefind/part-0'))).toBe(false);
  });

  it("gets each part's records from one search, dealt place by place in merge order, as each part lists them", async () => {
    // What the search page relies on to map records to stories (`dealRecords`, src/client/search.ts), asked of
    // Pagefind itself: one search for every page in the order sort over all merged parts, against one search per
    // part with its part filter.
    const folders = [
      '',
      ...readdirSync(join(fixtureSite.dist, 'pagefind'))
        .filter((f) => /^part-\d+$/.test(f))
        .map((f) => `${f}/`),
    ];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${parts.url}/ja/search/`);
    const script = `(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ baseUrl: '/' });
      await pf.init();
      await pf.options({ mergeFilter: { part: 'ja/' } });
      const order = ['ja/'];
      for (const folder of ${JSON.stringify(folders)}) {
        const entry = await (await fetch('/pagefind/' + folder + 'pagefind-entry.json')).json();
        for (const lang of ['ja', 'en']) {
          if (!entry.languages[lang] || (folder === '' && lang === 'ja')) continue;
          order.push(lang + '/' + folder);
          await pf.mergeIndex(new URL('/pagefind/' + folder, location.href).href, { language: lang, baseUrl: '/', mergeFilter: { part: lang + '/' + folder } });
        }
      }
      const all = (await pf.search(null, { sort: { order: 'asc' } })).results.map((r) => r.id);
      const each = [];
      for (const name of order) each.push((await pf.search(null, { filters: { part: name }, sort: { order: 'asc' } })).results.map((r) => r.id));
      return { all, each };
    })()`;
    const { all, each } = (await page.evaluate(script)) as { all: string[]; each: string[][] };
    await context.close();
    expect(each.length).toBeGreaterThan(4);
    expect(
      dealRecords(
        all,
        each.map((records) => records.length),
      ),
    ).toEqual(each);
  });

  // Newest first, the order too; by relevance, the same stories (scores are per part).
  const cases = [
    { lang: 'ja', options: '&sort=date', ordered: true },
    { lang: 'ja', options: '', ordered: false },
    { lang: 'en', options: '&sort=date&topic=archive', ordered: true },
  ];
  for (const { lang, options, ordered } of cases) {
    it(`finds the same stories as one index per language on /${lang}/search/?q=…${options}`, { timeout: 120_000 }, async () => {
      for (const q of queries) {
        const path = `/${lang}/search/?q=${encodeURIComponent(q)}${options}`;
        const [inParts, inOne] = await Promise.all([searchAnswer(browser, parts.url, path), searchAnswer(browser, whole.url, path)]);
        expect(inParts.status, path).toBe(inOne.status);
        if (ordered) expect(inParts.links, path).toEqual(inOne.links);
        else expect([...inParts.links].sort(), path).toEqual([...inOne.links].sort());
      }
    });
  }
});
