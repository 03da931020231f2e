import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/shared/locales';
import { fixtureSite } from '../helpers/build';
import { withWholeIndex } from '../helpers/pagefind-parts';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/**
 * Long-form reading in Chromium, measured with element boxes and computed styles: dates and counters on one line,
 * the first key point on a phone's first screen, the header in one row, tables that scroll with a sign that they
 * do, the table of contents, the share button and print. Japanese is set in Noto Sans CJK (fonts-noto-cjk).
 */
const site = useSiteInBrowser(fixtureSite.dist);
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const viewports = [
  ['phone', phone],
  ['desktop', desktop],
] as const;
const story = (lang: Locale) => `/${lang}/articles/long-read/`;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(() => {
  browser = site.browser;
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

async function open(path: string, viewport: { width: number; height: number }, init?: string): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Every element matching `selector` whose text is laid out on more than one line, with its line count. */
function brokenRuns(page: Page, selector: string, lastTableOnly = false) {
  return page.$$eval(
    selector,
    (els, last) =>
      els
        .filter((el) => !last || el.closest('table') === [...document.querySelectorAll('.story__body table')].at(-1))
        .flatMap((el) => {
          // One line box per line: a run split across lines has a client rect on each.
          const range = document.createRange();
          range.selectNodeContents(el);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return lines.size > 1 ? [`${el.textContent} (${lines.size} lines)`] : [];
        }),
    lastTableOnly,
  );
}

describe.each(viewports)('no line breaks inside dates and counters (%s)', (_, viewport) => {
  it.each(locales)('%s: every <time> and no-break run occupies one line box', async (lang) => {
    for (const path of [story(lang), `/${lang}/`]) {
      const page = await open(path, viewport);
      const count = await page.locator('time, .nb').count();
      expect(count, path).toBeGreaterThan(path === '/' ? 0 : 3);
      expect(await brokenRuns(page, 'time, .nb'), path).toEqual([]);
      await page.close();
    }
  });

  it.each(locales)('%s: table date cells never wrap', async (lang) => {
    const page = await open(story(lang), viewport);
    const cells = page.locator('.story__body table').last().locator('tbody td:first-child');
    expect(await cells.count()).toBe(3);
    expect(await brokenRuns(page, '.story__body tbody td:first-child', true)).toEqual([]);
    await page.close();
  });
});

describe('the first screen of a phone', () => {
  it.each(locales)('%s: the first key point starts within 844 px, below a header of two short rows', async (lang) => {
    const page = await open(story(lang), phone);
    const first = await page.locator('.key-points li').first().boundingBox();
    expect(first!.y).toBeLessThan(phone.height - 30);
    // The header: the name and the languages share the first row; the menu and the search icon the second.
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const [name, toggle, switcher, nav, header] = await Promise.all([
      box('.site-header__name'),
      box('.header-search__toggle'),
      box('.lang-switcher'),
      box('.site-nav'),
      box('.site-header'),
    ]);
    const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
    expect(Math.abs(middle(switcher) - middle(name))).toBeLessThan(8);
    expect(Math.abs(middle(toggle) - middle(nav))).toBeLessThan(8);
    expect(nav.y).toBeGreaterThan(name.y + name.height - 1);
    expect(header!.height).toBeLessThan(110);
    // The search box itself is folded away until the icon is pressed, and then works as before.
    await expect.poll(() => page.locator('#header-search').isVisible()).toBe(false);
    await page.locator('.header-search__toggle').click();
    expect(await page.locator('#header-search').isVisible()).toBe(true);
    const input = (await page.locator('#header-search').boundingBox())!;
    expect(input.width).toBeGreaterThan(200);
    await page.locator('#header-search').fill('捕虜');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#header-search').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('捕虜');
    await page.close();
  });

  it.each(locales)('%s: on every story page with key points, fallbacks and notices included, the first starts on screen', async (lang) => {
    const slugs = readdirSync(join(fixtureSite.dist, lang, 'articles'));
    const page = await open(story(lang), phone);
    let measured = 0;
    for (const slug of slugs) {
      await page.goto(`${site.server.url}/${lang}/articles/${slug}/`, { waitUntil: 'load' });
      const first = page.locator('.key-points li').first();
      if ((await first.count()) === 0) continue;
      measured++;
      expect((await first.boundingBox())!.y, slug).toBeLessThan(phone.height - 30);
    }
    expect(measured).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it.each(locales)('%s: the languages stay beside the site name on every story page, the untranslated note read but not shown', async (lang) => {
    const page = await open(story(lang), phone);
    let notes = 0;
    for (const slug of readdirSync(join(fixtureSite.dist, lang, 'articles'))) {
      await page.goto(`${site.server.url}/${lang}/articles/${slug}/`, { waitUntil: 'load' });
      const [name, switcher] = await Promise.all([page.locator('.site-header__name').boundingBox(), page.locator('.lang-switcher').boundingBox()]);
      expect(Math.abs(switcher!.y + switcher!.height / 2 - (name!.y + name!.height / 2)), slug).toBeLessThan(8);
      const note = page.locator('.lang-switcher__note');
      if ((await note.count()) === 0) continue;
      notes++;
      expect((await note.boundingBox())!.width, slug).toBeLessThanOrEqual(1);
      expect(await page.locator('.lang-switcher').evaluate((nav) => nav.textContent)).toMatch(/not translated yet|未翻訳/);
    }
    expect(notes).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it.each(locales)('%s: at 1280 px the header search box shows without the icon, on one row', async (lang) => {
    const page = await open(story(lang), desktop);
    expect(await page.locator('#header-search').isVisible()).toBe(true);
    expect(await page.locator('.header-search__toggle').isVisible()).toBe(false);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(80);
    // Inside the closed <details>, the box still takes focus and submits.
    await page.locator('#header-search').fill('talks');
    await Promise.all([page.waitForURL(/\/search\/\?q=talks/), page.locator('#header-search').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    await page.close();
  });
});

describe('tables on a phone', () => {
  it.each(locales)('%s: a wide table scrolls inside its box, with a shadow at the edge, and no column is squeezed', async (lang) => {
    const page = await open(story(lang), phone);
    const wrap = page.locator('.story__body .table-wrap').first();
    const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, bg: getComputedStyle(el).backgroundImage }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client + 10);
    // The scroll shadows: two covers that scroll with the table, two shadows fixed at the edges.
    expect(sizes.bg.match(/radial-gradient/g)).toHaveLength(2);
    expect((await wrap.boundingBox())!.width).toBeLessThanOrEqual(phone.width);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    // No column squeezed: every cell at least 7.5 characters wide (the first, 8), never one character a line.
    const widths = await wrap
      .locator('th, td')
      .evaluateAll((cells) =>
        cells.map((c) => ({ w: c.getBoundingClientRect().width, em: parseFloat(getComputedStyle(c).fontSize), first: c.matches(':first-child') })),
      );
    for (const { w, em, first } of widths) expect(w / em).toBeGreaterThanOrEqual(first ? 7.9 : 7.4);
    await page.close();
  });
});

describe('table of contents', () => {
  it('is a closed <details> on a phone, no taller than one line', async () => {
    const page = await open(story('ja'), phone);
    const toc = page.locator('details.toc');
    expect(await toc.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect((await toc.boundingBox())!.height).toBeLessThan(60);
    expect(await toc.locator('nav a').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.locator('nav a').first().isVisible()).toBe(true);
    await page.close();
  });

  it('stands beside the text at 1280 px, open, and marks the section being read', async () => {
    const page = await open(story('ja'), desktop);
    const nav = (await page.locator('.toc__nav').boundingBox())!;
    const body = (await page.locator('.story__body').boundingBox())!;
    expect(await page.locator('.toc summary').isVisible()).toBe(false);
    expect(await page.locator('.toc nav a').first().isVisible()).toBe(true);
    expect(nav.x + nav.width).toBeLessThanOrEqual(body.x);
    await page
      .locator('.story__body h2')
      .nth(2)
      .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(() => page.locator('.toc a[aria-current]').textContent()).toBe('主な出来事');
    // It stays in view while the reader scrolls (position: sticky).
    expect((await page.locator('.toc__nav').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});

describe('share button', () => {
  it('opens the system share sheet where the Web Share API exists', async () => {
    const page = await open(
      story('en'),
      phone,
      'window.__shared = []; Object.defineProperty(navigator, "share", { value: (d) => { window.__shared.push(d); return Promise.resolve(); } });',
    );
    await page.locator('.share-button').click();
    expect(await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)).toEqual([
      { title: expect.stringContaining('long analysis'), url: expect.stringMatching(/\/en\/articles\/long-read\/$/) },
    ]);
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('leads to the share bar at the end where it does not', async () => {
    const page = await open(story('en'), phone, 'Object.defineProperty(navigator, "share", { value: undefined });');
    await page.locator('.share-button').click();
    expect(new URL(page.url()).hash).toBe('#share');
    const bar = (await page.locator('#share').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y).toBeLessThan(phone.height);
    await page.close();
  });
});

describe('print', () => {
  it.each(locales)('%s: paper shows the site name, the story address and the date; the screen does not', async (lang) => {
    const page = await open(story(lang), desktop);
    const line = page.locator('.print-source');
    expect(await line.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await line.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const text = (await line.textContent())!;
    expect(text).toContain(lang === 'ja' ? '国際情勢ダイジェスト' : 'World Affairs Digest');
    expect(text).toContain(`https://digest.example.org/${lang}/articles/long-read/`);
    expect(await page.locator('.story__meta time').first().isVisible()).toBe(true);
    for (const hidden of ['.site-header', '.share-bar', '.story__tools', ...(lang === 'ja' ? ['.toc'] : [])]) {
      expect(
        await page
          .locator(hidden)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        hidden,
      ).toBe('none');
    }
    await page.close();
  });
});

describe('not-found pages', () => {
  it.each(locales)('%s/404.html reads in its language with a working search and the language switcher', async (lang) => {
    const page = await open(`/${lang}/404.html`, phone);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const other = lang === 'ja' ? 'en' : 'ja';
    expect(await page.locator('.lang-switcher a').getAttribute('href')).toBe(`/${other}/`);
    await page.locator('#not-found-search-input').fill('talks');
    await Promise.all([page.waitForURL(/\/search\/\?q=talks/), page.locator('#not-found-search-input').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    await page.close();
  });
});

describe('search index', () => {
  /** What Pagefind indexed of each page a query finds: its URL and its text. */
  async function indexed(lang: Locale, query: string): Promise<{ url: string; content: string }[]> {
    const page = await open(`/${lang}/search/`, desktop);
    const script = withWholeIndex(
      fixtureSite.dist,
      lang,
      `const found = await pf.search(${JSON.stringify(query)});
      return Promise.all(found.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));`,
    );
    const results = (await page.evaluate(script)) as { url: string; content: string }[];
    await page.close();
    return results;
  }

  it('reads the no-break runs as the words they are, in both languages', async () => {
    const ja = (await indexed('ja', '身柄の交換')).find((r) => r.url === '/ja/articles/long-read/');
    // The spans add no spaces: the sentence is indexed as the editor wrote it.
    expect(ja?.content).toContain('双方1000人ずつの身柄の交換で合意した');
    expect(ja?.content).toContain('2025年5月16日にはイスタンブールで');
    const en = (await indexed('en', 'weeks')).find((r) => r.url === '/en/articles/long-read/');
    expect(en?.content).toContain('Sanctions were delayed by 2–3 weeks');
  });
});
