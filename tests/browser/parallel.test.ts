import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tooling/browser';
import { fixtureSite } from '../helpers/build';
import { serveDist, type StaticServer } from '../../tooling/serve';

/** The side-by-side reading as a reader sees it: columns on a wide screen, stacked blocks on a phone. */

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(fixtureSite.dist), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const pages = ['/en/articles/paired-story/parallel/', '/ja/articles/uneven-story/parallel/'];

type Box = { x: number; y: number; width: number; height: number };
async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
}

/** Top and bottom of each cell of each row, by row key and column language. */
async function cells(page: Page): Promise<{ block: string; lang: string; top: number; bottom: number; left: number }[]> {
  return page.$$eval('.parallel > .parallel__row > .parallel__cell', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        block: (el.parentElement as HTMLElement).dataset['block'] ?? '',
        lang: el.getAttribute('lang') ?? '',
        top: r.top + window.scrollY,
        bottom: r.bottom + window.scrollY,
        left: r.left,
      };
    }),
  );
}

async function overflow(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
}

describe('side-by-side reading', () => {
  let context: BrowserContext;
  afterAll(async () => {
    await context?.close();
  });

  it('shows section n of both languages side by side on a wide screen, at the same height', async () => {
    context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/articles/paired-story/parallel/`);
    const ja = await box(page, '[data-block="section-1"] [lang="ja"] h2');
    const en = await box(page, '[data-block="section-1"] [lang="en"] h2');
    expect(Math.abs(ja.y - en.y)).toBeLessThan(1);
    expect(ja.x + ja.width).toBeLessThanOrEqual(en.x);
    // Every block: both columns start at the same height, Japanese on the left.
    const all = await cells(page);
    for (const block of new Set(all.map((c) => c.block))) {
      const [a, b] = all.filter((c) => c.block === block);
      expect(a!.lang).toBe('ja');
      expect(Math.abs(a!.top - b!.top), block).toBeLessThan(1);
      expect(a!.left).toBeLessThan(b!.left);
    }
    // Analysis point 2 starts below analysis point 1 in both columns, never beside it.
    const a1 = await box(page, '[data-block="analysis-1"] [lang="en"] .analysis-point');
    const a2 = await box(page, '[data-block="analysis-2"] [lang="ja"] .analysis-point');
    expect(a2.y).toBeGreaterThanOrEqual(a1.y + a1.height);
    await page.close();
  });

  it('stacks each block on a phone, Japanese then English, in reading order', async () => {
    context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/articles/paired-story/parallel/`);
    const ja = await box(page, '[data-block="section-1"] [lang="ja"] h2');
    const en = await box(page, '[data-block="section-1"] [lang="en"] h2');
    expect(en.y).toBeGreaterThan(ja.y + ja.height);
    const all = await cells(page);
    for (let i = 1; i < all.length; i++) expect(all[i]!.top).toBeGreaterThanOrEqual(all[i - 1]!.bottom - 0.5);
    expect(all.map((c) => c.lang).slice(0, 4)).toEqual(['ja', 'en', 'ja', 'en']);
    await page.close();
  });

  it.each(pages.flatMap((p) => [desktop, phone].map((v) => [p, v.width, v] as const)))(
    '%s never overflows sideways at %i px',
    async (path, _width, viewport) => {
      context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      const [scroll, client] = await overflow(page);
      expect(scroll).toBeLessThanOrEqual(client);
      await page.close();
    },
  );

  it('lets a reader put English first, and remembers it without a cookie', async () => {
    context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${server.url}/ja/articles/paired-story/parallel/`);
    const button = page.locator('[data-parallel-swap]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const swapped = async () => {
      const ja = await box(page, '[data-block="section-1"] [lang="ja"] h2');
      const en = await box(page, '[data-block="section-1"] [lang="en"] h2');
      return en.y < ja.y;
    };
    expect(await swapped()).toBe(true);
    // Another parallel page, another visit: the choice holds.
    await page.goto(`${server.url}/en/articles/uneven-story/parallel/`);
    expect(await page.locator('[data-parallel-swap]').getAttribute('aria-pressed')).toBe('true');
    const ja = await box(page, '[data-block="intro"] [lang="ja"]');
    const en = await box(page, '[data-block="intro"] [lang="en"]');
    expect(en.y).toBeLessThan(ja.y);
    expect(await context.cookies()).toEqual([]);
    // And back.
    await page.locator('[data-parallel-swap]').click();
    expect(await page.evaluate(() => localStorage.getItem('digest:parallel-first'))).toBe('ja');
    await page.close();
  });

  it('reads the same without JavaScript, with no order button', async () => {
    context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/articles/paired-story/parallel/`);
    expect(await page.locator('[data-parallel-swap]').isVisible()).toBe(false);
    expect(await page.locator('[data-block="section-1"] [lang="en"] h2').isVisible()).toBe(true);
    const ja = await box(page, '[data-block="section-1"] [lang="ja"] h2');
    const en = await box(page, '[data-block="section-1"] [lang="en"] h2');
    expect(en.y).toBeGreaterThan(ja.y);
    await page.close();
  });
});
