import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/shared/locales';
import { fixtureSite } from '../helpers/build';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/**
 * Chronologies, positions and figures laid out in Chromium (Japanese in Noto Sans CJK): a column per actor on a
 * wide screen and a dated list on a phone, the positions as one card per issue on a phone with no squeezed cell,
 * dates on one line, and axe at phone width, where the other form of each block is the one shown.
 */
const site = useSiteInBrowser(fixtureSite.dist);
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const brief = (lang: Locale) => `/${lang}/articles/structured-brief/`;
const timeline = (lang: Locale) => `/${lang}/topics/peace-talks/timeline/`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const contexts: BrowserContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

async function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ viewport, colorScheme });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Whether each of the chronology's two forms is rendered (has a box) on the page as it is laid out now. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    table: (document.querySelector('.timeline__table') as HTMLElement).getClientRects().length > 0,
    list: (document.querySelector('.timeline__list') as HTMLElement).getClientRects().length > 0,
  }));

/** The dates of a chronology laid out on more than one line. */
const brokenDates = (page: Page) =>
  page.$$eval('.timeline time', (times) =>
    times
      .filter((t) => t.getClientRects().length > 0)
      .flatMap((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return lines.size > 1 ? [t.textContent] : [];
      }),
  );

describe.each(locales)('a chronology (%s)', (lang) => {
  it.each([brief(lang), timeline(lang)])('on a wide screen, %s shows the table with a column per actor, the list hidden', async (path) => {
    const page = await open(path, desktop);
    expect(await shown(page)).toEqual({ table: true, list: false });
    const columns = await page.$$eval('.timeline__table thead th', (ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    expect(columns).toHaveLength(4);
    // Every actor column is wide enough for a readable line of text.
    for (const width of columns.slice(1)) expect(width).toBeGreaterThan(140);
    expect(await brokenDates(page)).toEqual([]);
    // Each date fits its column (a date on one line could still run into the next cell).
    const overflowing = await page.$$eval('.timeline__table tbody th', (ths) =>
      ths.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent),
    );
    expect(overflowing).toEqual([]);
    // A source number stays whole, beside the event's words.
    const brokenSources = await page.$$eval('.timeline__table .timeline__source', (all) =>
      all.filter((s) => new Set([...s.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((s) => s.textContent),
    );
    expect(brokenSources).toEqual([]);
  });

  it.each([brief(lang), timeline(lang)])('on a phone, %s shows the dated list, the table hidden, nothing wider than the screen', async (path) => {
    const page = await open(path, phone);
    expect(await shown(page)).toEqual({ table: false, list: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(await brokenDates(page)).toEqual([]);
    // Each item shows its actors as labels.
    const labels = await page.$$eval('.timeline__list > li', (items) => items.map((li) => li.querySelectorAll('.timeline__actor').length));
    expect(labels.every((n) => n >= 1)).toBe(true);
  });
});

describe.each(locales)('the positions of the parties (%s)', (lang) => {
  it('on a wide screen, a table with a column per actor and the actor labels in the cells hidden', async () => {
    const page = await open(brief(lang), desktop);
    const layout = await page.$eval('.positions__table', (table) => ({
      display: getComputedStyle(table).display,
      label: getComputedStyle(table.querySelector('.positions__actor')!).display,
      tops: [...table.querySelectorAll('tbody tr:first-child > *')].map((c) => Math.round(c.getBoundingClientRect().top)),
    }));
    expect(layout.display).toBe('table');
    expect(layout.label).toBe('none');
    // The issue and its three positions side by side, on one row.
    expect(new Set(layout.tops).size).toBe(1);
  });

  it('on a phone, one card per issue: each position under its actor’s name, as wide as the card', async () => {
    const page = await open(brief(lang), phone);
    const cards = await page.$$eval('.positions__table tbody tr', (rows) =>
      rows.map((tr) => ({
        width: Math.round(tr.getBoundingClientRect().width),
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          width: Math.round(td.getBoundingClientRect().width),
          top: Math.round(td.getBoundingClientRect().top),
          label: getComputedStyle(td.querySelector('.positions__actor')!).display,
        })),
      })),
    );
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      expect(card.width).toBeGreaterThan(300);
      expect(card.cells).toHaveLength(3);
      for (const cell of card.cells) {
        expect(cell.width).toBeGreaterThan(card.width - 10);
        expect(cell.label).toBe('block');
      }
      // Stacked, not side by side.
      expect(new Set(card.cells.map((c) => c.top)).size).toBe(3);
    }
  });
});

describe('figures', () => {
  it.each(locales)('%s: the image fits a phone and its caption sits under it', async (lang) => {
    const page = await open(brief(lang), phone);
    const box = await page.$eval('.story__body figure.figure', (figure) => {
      const img = figure.querySelector('img')!.getBoundingClientRect();
      const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
      return { imgRight: img.right, width: window.innerWidth, captionTop: caption.top, imgBottom: img.bottom };
    });
    expect(box.imgRight).toBeLessThanOrEqual(box.width);
    expect(box.captionTop).toBeGreaterThanOrEqual(box.imgBottom);
  });
});

describe('accessibility at phone width, where the other form of each block shows', () => {
  it.each(
    locales.flatMap((lang) => [brief(lang), timeline(lang)].flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const))),
  )('%s (%s) has no axe violations', async (path, scheme) => {
    const page = await open(path, phone, scheme);
    await page.evaluate(axeSource);
    const results = await page.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document));
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`))).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
});
