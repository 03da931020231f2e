import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/locales';
import { fixtureSite } from '../helpers/build';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/*
 * The search page as a bilingual reader uses it: names across scripts and spellings through the glossary, no
 * prefix hits inside longer katakana words, clean excerpts, and the page's details. Fixture stories: see
 * tests/browser/search.test.ts.
 */

let page: Page;
const site = useSiteInBrowser(fixtureSite.dist, { pagePerTest: true, onPage: (p) => void (page = p) });

const resultLinks = () => page.locator('[data-search-list] .story-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** Opens `/{lang}/search/?q=…` and waits until the results for it are on the page. */
async function search(lang: Locale, q: string, extra = ''): Promise<void> {
  await page.goto(`${site.server.url}/${lang}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForFunction((query) => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text.includes(query) && !document.querySelector('[data-search-list][aria-busy]');
  }, q);
}

describe('names across scripts and spellings', () => {
  it.each([
    ['en', 'Zelenskyy'],
    ['en', 'Zelensky'],
    ['en', 'ゼレンスキー'],
    ['ja', 'Zelenskyy'],
    ['ja', 'Zelensky'],
    ['ja', 'ゼレンスキー'],
  ] as const)('on the %s page, %s finds the story in the page language', async (lang, q) => {
    await search(lang, q);
    expect(await resultLinks()).toEqual([`/${lang}/articles/zelensky-address/`]);
    expect(await page.locator('[data-search-list] .search-result__matched').textContent()).toBe('');
  });

  it('fetches what a query needs as soon as a Japanese IME commits it, not only when the search runs', async () => {
    const metas: string[] = [];
    // Which languages' indexes were fetched, in order (each language's index is in parts, one meta file each).
    const languages = () => [...new Set(metas)];
    page.on('request', (request) => {
      const file = request.url().split('/').pop() ?? '';
      if (file.endsWith('.pf_meta')) metas.push(file.split('_')[0]!);
    });
    // The page's clock stands still once loaded, so that the search the text schedules (after a pause) never
    // runs: what is fetched here is what the input events themselves asked for.
    await page.clock.install();
    await page.goto(`${site.server.url}/ja/search/`);
    const input = page.locator('#search-page-input');
    await input.focus();
    await page.waitForLoadState('networkidle');
    await page.clock.pauseAt(Date.now() + 60_000);
    expect(languages()).toEqual(['pagefind.ja']);
    // Composing: nothing yet. Committed: the English index too (the fixture's English stories quote Japanese).
    await input.evaluate((el: HTMLInputElement) => {
      el.value = 'ぜれんすきー';
      el.dispatchEvent(new InputEvent('input', { isComposing: true, bubbles: true }));
    });
    await page.clock.runFor(200);
    await new Promise((done) => setTimeout(done, 500));
    expect(languages()).toEqual(['pagefind.ja']);
    await input.evaluate((el: HTMLInputElement) => {
      el.value = 'ゼレンスキー';
      el.dispatchEvent(new InputEvent('input', { isComposing: true, bubbles: true }));
      el.dispatchEvent(new CompositionEvent('compositionend', { data: 'ゼレンスキー', bubbles: true }));
    });
    // Pagefind waits for its engine in 50 ms steps; the search itself would start only after 250.
    const english = page.waitForRequest(/\/pagefind\.en_[^/]*\.pf_meta$/, { timeout: 5_000 });
    await page.clock.runFor(200);
    await english;
    expect(languages()).toEqual(['pagefind.ja', 'pagefind.en']);
    expect(await page.locator('[data-search-status]').textContent()).toBe('');
  });

  it('searches again once an index that failed to load loads, without a reload of the page', async () => {
    // The English index's metadata fails once (a dropped connection): Pagefind then fails every search until it
    // is loaded again, which the next query does.
    let requests = 0;
    await page.route(/\/pagefind\/pagefind\.en_[^/]*\.pf_meta$/, (route) => (requests++ === 0 ? route.abort() : route.continue()));
    await page.goto(`${site.server.url}/ja/search/?q=Zelensky`);
    await page.waitForFunction(
      () => !!document.querySelector('[data-search-status]')?.textContent && !document.querySelector('[data-search-list][aria-busy]'),
    );
    expect(await resultLinks()).toEqual([]);
    await page.locator('#search-page-input').press('Enter');
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text.includes('Zelensky') && !document.querySelector('[data-search-list][aria-busy]');
    });
    expect(await resultLinks()).toEqual(['/ja/articles/zelensky-address/']);
    expect(requests).toBe(2);
  });

  it('finds the English story for the Japanese term 捕虜交換 with the English filter', async () => {
    await search('ja', '捕虜交換', '&lang=en');
    expect(await resultLinks()).toEqual(['/en/articles/prisoner-exchange/']);
  });

  it.each([
    ['en', 'Zelensky', 'ゼレンスキー', '/en/glossary/zelensky/'],
    ['ja', 'ゼレンスキー', 'Zelensky', '/ja/glossary/zelensky/'],
  ] as const)('shows the glossary entry above the results on the %s page', async (lang, name, other, href) => {
    await search(lang, 'Zelenskyy');
    const entry = page.locator('[data-search-entry]');
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.locator('a').textContent()).toBe(name);
    expect(await entry.locator('a').getAttribute('href')).toBe(href);
    expect(await entry.locator('.search-entry__other').textContent()).toBe(other);
    // The entry page exists.
    const response = await page.goto(`${site.server.url}${href}`);
    expect(response?.status()).toBe(200);
  });

  it.each([
    ['en', 'Zelenksy', 'Did you mean Zelensky?', 'Zelensky'],
    ['ja', 'ゼレンスキ', 'もしかして: ゼレンスキー', 'ゼレンスキー'],
  ] as const)('suggests the glossary name for a near miss on the %s page', async (lang, q, text, name) => {
    await search(lang, q);
    const suggestion = page.locator('[data-search-suggest]');
    expect(await suggestion.textContent()).toBe(text);
    await suggestion.locator('a').click();
    await page.waitForFunction((n) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(n), name);
    await page.waitForFunction(() => !document.querySelector('[data-search-list][aria-busy]'));
    expect(await resultLinks()).toEqual([`/${lang}/articles/zelensky-address/`]);
    expect(await suggestion.isVisible()).toBe(false);
  });
});

describe('fewer false hits', () => {
  it.each(['ja', 'en'] as const)('タイ finds Thailand, not タイミング (%s page)', async (lang) => {
    await search(lang, 'タイ');
    expect(await resultLinks()).toEqual([`/${lang}/articles/thailand-talks/`]);
  });

  it('a prefix still matches when nothing else does (タイミ finds タイミング)', async () => {
    await search('ja', 'タイミ');
    expect(await resultLinks()).toEqual(['/ja/articles/zelensky-address/']);
  });

  it('a single kana matches whole words only, never every word it starts', async () => {
    await search('ja', 'ア');
    expect(await resultLinks()).toEqual([]);
  });

  it('does not index interface labels, footnote markers or reference titles in the other language', async () => {
    // paired-story has a quote with a source and two analysis points; only their labels say these words.
    for (const q of ['Source', '"Analysis Point"']) {
      await search('en', q, '&lang=en');
      expect(await resultLinks(), q).not.toContain('/en/articles/paired-story/');
    }
    // Both versions of thailand-talks cite an English source: its title is the English version's words only.
    await search('ja', 'summit', '&lang=ja');
    expect(await resultLinks()).toEqual([]);
    await search('ja', 'summit', '&lang=en');
    expect(await resultLinks()).toEqual(['/en/articles/thailand-talks/']);
  });
});

describe('clean excerpts', () => {
  it('joins Japanese without spaces or ". ", leaves the headline out and marks whole words', async () => {
    await search('ja', '捕虜交換');
    const excerpt = (await page.locator('[data-search-list] .search-result__excerpt').first().textContent()) ?? '';
    expect(excerpt).toContain('捕虜を交換した');
    expect(excerpt).not.toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}] [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u);
    expect(excerpt).not.toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\. /u);
    expect(excerpt).not.toContain('ロシアとウクライナが捕虜を交換');
    expect(await page.locator('[data-search-list] .search-result__excerpt mark').allTextContents()).toEqual(['捕虜', '交換']);
  });

  it('keeps labels apart and markers out in English', async () => {
    await search('en', 'quoted');
    const excerpt = (await page.locator('[data-search-list] .search-result__excerpt').first().textContent()) ?? '';
    expect(excerpt).toContain('Speaker Name Title Test Paper');
    expect(excerpt).not.toMatch(/Source|↩|Analysis Point|Footnotes/);
    expect(await page.locator('[data-search-list] .search-result__excerpt mark').allTextContents()).toEqual(['quoted']);
  });
});

describe('reader details', () => {
  it.each(['en', 'ja'] as const)('a Japanese headline keeps phrase line breaking and heading line spacing (%s page)', async (lang) => {
    await search(lang, 'タイ', '&lang=ja');
    const style = await page
      .locator('[data-search-list] .story-card__title a')
      .first()
      .evaluate((a) => {
        const s = getComputedStyle(a);
        return { wordBreak: s.wordBreak, lineHeight: parseFloat(s.lineHeight), fontSize: parseFloat(s.fontSize) };
      });
    expect(style.wordBreak).toBe('auto-phrase');
    expect(style.lineHeight / style.fontSize).toBeCloseTo(1.35, 2);
  });

  it('the language switcher carries the query and filters to the other search page', async () => {
    await search('en', 'Istanbul', '&topic=ukraine');
    const href = await page.locator('.lang-switcher a[hreflang="ja"]').getAttribute('href');
    expect(href).toBe('/ja/search/?q=Istanbul&topic=ukraine');
    await page.locator('.lang-switcher a[hreflang="ja"]').click();
    await page.waitForURL(/\/ja\/search\//);
    expect(await page.locator('#search-page-input').inputValue()).toBe('Istanbul');
  });

  it('shows one search box on the search page and the header box elsewhere', async () => {
    await page.goto(`${site.server.url}/ja/search/`);
    expect(await page.locator('input[name="q"]').count()).toBe(1);
    await page.goto(`${site.server.url}/ja/`);
    expect(await page.locator('.site-header input[name="q"]').count()).toBe(1);
  });
});
