import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/shared/i18n';
import type { Locale } from '../../src/shared/locales';
import { fixtureSite } from '../helpers/build';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/*
 * The search page against the fixture site in headless Chromium. Stories that these tests rely on:
 * - prisoner-exchange: ja says 捕虜を交換 (never 捕虜交換), en says "prisoner exchange" and "countries" (never
 *   "prisoners" or "country"); both mention ICRC. Topics ukraine and peace-talks. The glossary entry
 *   prisoner-exchange spells the term 捕虜交換 / prisoner exchange.
 * - gaza-hostage-deal: 交換 and "exchange" without 捕虜 / "prisoner"; also mentions ICRC. Topic middle-east.
 * - zelensky-address: ゼレンスキー / Zelensky (glossary entry zelensky, variant Zelenskyy); ja also says タイミング.
 * - thailand-talks: タイ / Thailand (glossary entry thailand).
 * - ja-only: only in Japanese, writes the variant ウィットコフ of the entry witkoff.
 */

let page: Page;
const site = useSiteInBrowser(fixtureSite.dist, { pagePerTest: true, onPage: (p) => void (page = p) });

const status = () => page.locator('[data-search-status]');
const results = () => page.locator('[data-search-list] > li');
const resultLinks = () => page.locator('[data-search-list] .story-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const otherLinks = () => page.locator('[data-search-list] .search-result__other a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** Waits until the live region reports on exactly this query (an earlier, partial query may answer first). */
async function settled(q: string): Promise<void> {
  await page.waitForFunction((query) => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text.includes(query) && !document.querySelector('[data-search-list][aria-busy]');
  }, q);
}

/** Opens `/{lang}/search/` and types the query key by key, the way a reader does (no Enter). */
async function typeQuery(lang: Locale, q: string): Promise<void> {
  await page.goto(`${site.server.url}/${lang}/search/`);
  await page.locator('#search-page-input').pressSequentially(q, { delay: 20 });
  await settled(q);
}

describe('one result per story', () => {
  it('shows a story that matches in both languages once, in the page language, with a link to the other version', async () => {
    await typeQuery('en', '捕虜交換');
    expect(await resultLinks()).toEqual(['/en/articles/prisoner-exchange/']);
    const result = results().first();
    const other = result.locator('.search-result__other a');
    expect(await other.getAttribute('href')).toBe('/ja/articles/prisoner-exchange/');
    expect(await other.textContent()).toBe('日本語で読む');
    expect(await other.getAttribute('lang')).toBe('ja');
    expect(await result.locator('.search-result__matched').textContent()).toBe('');
    expect(await result.locator('time').getAttribute('datetime')).toBe('2025-02-14');
    expect(await result.locator('time').textContent()).toBe('14 February 2025');
    expect(await result.locator('.topic-chips a').allTextContents()).toEqual(['Ukraine war', 'Peace talks']);
    expect(await status().textContent()).toBe(useTranslations('en')('search.resultCount', { count: 1, query: '捕虜交換' }));
  });

  it('finds the same story from a Japanese page with the English term, shown in Japanese', async () => {
    await typeQuery('ja', 'prisoner exchange');
    expect(await resultLinks()).toEqual(['/ja/articles/prisoner-exchange/']);
    expect(await otherLinks()).toEqual(['/en/articles/prisoner-exchange/']);
    expect(await results().first().locator('.search-result__other a').textContent()).toBe('Read in English');
    expect(await results().first().locator('time').textContent()).toBe('2025年2月14日');
    expect(await status().textContent()).toBe(useTranslations('ja')('search.resultCount', { count: 1, query: 'prisoner exchange' }));
  });

  it('counts stories, not pages: four matching pages are two stories', async () => {
    await typeQuery('ja', 'ICRC');
    expect((await resultLinks()).sort()).toEqual(['/ja/articles/gaza-hostage-deal/', '/ja/articles/prisoner-exchange/']);
    expect((await otherLinks()).sort()).toEqual(['/en/articles/gaza-hostage-deal/', '/en/articles/prisoner-exchange/']);
    expect(await status().textContent()).toBe(useTranslations('ja')('search.resultCount', { count: 2, query: 'ICRC' }));
  });

  it('says so when only the other version matched', async () => {
    await typeQuery('ja', 'prisoners');
    expect(await resultLinks()).toEqual(['/ja/articles/prisoner-exchange/']);
    const result = results().first();
    expect(await result.locator('.story-card__title a').textContent()).toBe('ロシアとウクライナが捕虜を交換');
    expect(await result.locator('.search-result__matched').textContent()).toBe('英語版で一致');
    expect(await result.locator('.search-result__excerpt').getAttribute('lang')).toBe('en');
    expect(await result.locator('.search-result__excerpt mark').allTextContents()).toEqual(['prisoner']);
  });

  it('shows a story that exists in one language only with its language badge', async () => {
    await typeQuery('en', 'Witkoff');
    expect(await resultLinks()).toEqual(['/ja/articles/ja-only/']);
    expect(await results().first().locator('.lang-badge').textContent()).toBe('Japanese');
    expect(await results().first().locator('.story-card__title a').getAttribute('lang')).toBe('ja');
    expect(await results().first().locator('.search-result__excerpt mark').allTextContents()).toEqual(['ウィットコフ']);
  });
});

describe('language-aware matching', () => {
  it('finds 捕虜を交換 for the compound 捕虜交換 and highlights both words (Japanese segmentation)', async () => {
    await typeQuery('ja', '捕虜交換');
    expect(await resultLinks()).toEqual(['/ja/articles/prisoner-exchange/']);
    expect(await results().first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['捕虜', '交換']));
    expect(await results().first().locator('.search-result__excerpt').getAttribute('lang')).toBe('ja');
  });

  it.each(['en', 'ja'] as const)('stems English queries on the %s page: prisoners → prisoner', async (lang) => {
    await typeQuery(lang, 'prisoners');
    expect(await resultLinks()).toEqual([`/${lang}/articles/prisoner-exchange/`]);
  });

  it.each(['en', 'ja'] as const)('stems English queries on the %s page: country → countries', async (lang) => {
    // Unlike "prisoners", the unstemmed query is not an extension of the indexed stem ("countri"), so this
    // passes only if the English stemmer runs on the query, also when the page (and its index) is Japanese.
    await typeQuery(lang, 'country');
    expect(await resultLinks()).toEqual([`/${lang}/articles/prisoner-exchange/`]);
  });
});

describe('filters, sorting and the URL', () => {
  it('narrows to one language and to a topic, and keeps the choice in the URL', async () => {
    await typeQuery('ja', 'ICRC');
    await page.getByRole('radio', { name: 'English' }).check();
    await settled('ICRC');
    await page.waitForFunction(() => location.search.includes('lang=en'));
    expect((await resultLinks()).sort()).toEqual(['/en/articles/gaza-hostage-deal/', '/en/articles/prisoner-exchange/']);

    await page.getByRole('radio', { name: '日本語' }).check();
    await page.waitForFunction(() => location.search.includes('lang=ja'));
    await settled('ICRC');
    expect((await resultLinks()).sort()).toEqual(['/ja/articles/gaza-hostage-deal/', '/ja/articles/prisoner-exchange/']);

    await page.getByRole('radio', { name: dictionaries.ja['search.filterLanguageAll'] }).check();
    await page.getByRole('combobox', { name: dictionaries.ja['search.filterTopic'] }).selectOption('middle-east');
    await page.waitForFunction(() => location.search.includes('topic=middle-east'));
    await settled('ICRC');
    expect(await resultLinks()).toEqual(['/ja/articles/gaza-hostage-deal/']);
    expect(new URL(page.url()).search).toBe('?q=ICRC&topic=middle-east');
  });

  it('sorts newest first across both languages', async () => {
    await page.goto(`${site.server.url}/en/search/?q=ICRC&sort=date`);
    await settled('ICRC');
    const dates = await page.locator('[data-search-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual(['2025-02-14', '2025-02-10']);
    expect(await page.getByRole('combobox', { name: dictionaries.en['search.sort'] }).inputValue()).toBe('date');
  });

  it('runs a query from ?q= on load, with its filters', async () => {
    await page.goto(`${site.server.url}/en/search/?q=${encodeURIComponent('捕虜交換')}`);
    await settled('捕虜交換');
    expect(await page.locator('#search-page-input').inputValue()).toBe('捕虜交換');
    expect(await resultLinks()).toEqual(['/en/articles/prisoner-exchange/']);

    await page.goto(`${site.server.url}/en/search/?q=ICRC&lang=en`);
    await settled('ICRC');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect((await resultLinks()).every((href) => href?.startsWith('/en/'))).toBe(true);
  });

  it.each(['ja', 'en'] as const)('says “no results” in the page language (%s)', async (lang) => {
    const q = 'xyzzyquux';
    await typeQuery(lang, q);
    expect(await results().count()).toBe(0);
    expect(await status().textContent()).toBe(useTranslations(lang)('search.noResults', { query: q }));
  });
});

describe('accessibility and keyboard use', () => {
  it('has a labelled input and a live region, and searches on Enter', async () => {
    await page.goto(`${site.server.url}/en/search/`);
    // One search box: the header's is left out on the search page.
    expect(await page.getByRole('searchbox').count()).toBe(1);
    const input = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
    expect(await input.getAttribute('id')).toBe('search-page-input');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await status().getAttribute('role')).toBe('status');
    await input.focus();
    await page.keyboard.type('ICRC');
    await page.keyboard.press('Enter');
    await settled('ICRC');
    expect(await results().count()).toBe(2);
    // Enter does not reload the page: the search page's form is handled in place, the URL updated.
    expect(new URL(page.url()).search).toBe('?q=ICRC');
  });

  it('shows results ten at a time and moves focus to the first new one', async () => {
    // The global setup adds 25 archive stories in both languages: 50 pages, 25 stories.
    await typeQuery('en', 'archive');
    expect(await results().count()).toBe(10);
    expect(await status().textContent()).toBe(useTranslations('en')('search.resultCount', { count: 25, query: 'archive' }));
    const more = page.getByRole('button', { name: dictionaries.en['search.more'] });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-list] > li').length === 20);
    expect(
      await page.evaluate(() => {
        const items = [...document.querySelectorAll('[data-search-list] > li')];
        return items.indexOf(document.activeElement!.closest('li')!);
      }),
    ).toBe(10);
  });

  it('tells readers without JavaScript that search needs it, and links to the topics', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.server.url}/ja/search/`);
    // Playwright's text and role queries skip <noscript>, so look inside it with CSS.
    const notice = p.locator('noscript p').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(dictionaries.ja['search.noscript']);
    const link = p.locator('noscript a');
    expect(await link.textContent()).toBe(dictionaries.ja['search.browseTopics']);
    expect(await link.getAttribute('href')).toBe('/ja/topics/');
    expect(await p.locator('[data-search-filters]').isVisible()).toBe(false);
    await noJs.close();
  });
});
