// tooling/: the search page's answers, read in a real browser, to compare two builds of the same stories (the search
// index in parts against one index per language: tests/browser/search-parts.test.ts, scripts/bench/compare-search.ts).
import type { Browser } from 'playwright-core';

/** What a reader gets for a query: the status line and every result's link, in order, all pages of results shown. */
export interface SearchAnswer {
  status: string;
  links: string[];
}

/**
 * Opens `{site}{path}` (a search page with `?q=`), waits for the answer, shows up to `pages` pages of results
 * ("more") and returns the status line (with the count of all results) and the link of each result card shown,
 * in order.
 */
export async function searchAnswer(browser: Browser, site: string, path: string, pages = 5): Promise<SearchAnswer> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site}${path}`);
    const status = page.locator('[data-search-status]');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-search-status]')?.textContent ?? '').trim() !== '' && !document.querySelector('[data-search-list][aria-busy]'),
    );
    const more = page.locator('[data-search-more]');
    for (let shown = 1; shown < pages && (await more.isVisible()); shown++) {
      const count = await page.locator('[data-search-list] > li').count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('[data-search-list] > li').length > before, count);
    }
    const links = await page
      .locator('[data-search-list] > li')
      .evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
    return { status: ((await status.textContent()) ?? '').trim(), links };
  } finally {
    await context.close();
  }
}
