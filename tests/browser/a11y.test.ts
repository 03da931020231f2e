import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/locales';
import { fixtureSite } from '../helpers/build';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/**
 * axe-core over the page kinds of the fixture site, in both languages, in light and dark mode: zero violations
 * of any rule axe runs by default (WCAG 2.x A and AA, and best practices).
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useSiteInBrowser(fixtureSite.dist);

/** One line per failing element: rule, impact, selector and axe's explanation. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? ''}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`))
    .join('\n');
}

/** Runs axe on the page as it is now. */
async function audit(page: Page): Promise<AxeResults> {
  // Evaluated rather than added as a <script> tag: the page's CSP would (rightly) block an injected inline script.
  await page.evaluate(axeSource);
  return page.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document));
}

interface Case {
  name: string;
  path: string;
  /** Brings the page into the state to audit, after it loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const search = (q: string) => async (page: Page) => {
  await page.locator('#search-page-input').pressSequentially(q, { delay: 20 });
  await page.locator('[data-search-list] > li').first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => !document.querySelector('[data-search-list][aria-busy]'));
};

/** Opens every <details> (the table of contents, the header search), so that axe sees what they hold. */
const openDetails = async (page: Page) => {
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
};

const cases = (lang: Locale): Case[] => [
  { name: 'home', path: `/${lang}/` },
  { name: 'story', path: `/${lang}/articles/paired-story/` },
  { name: 'topic', path: `/${lang}/topics/peace-talks/` },
  { name: 'topic, page 2', path: `/${lang}/topics/archive/2/` },
  { name: 'topics index', path: `/${lang}/topics/` },
  { name: 'author', path: `/${lang}/authors/desk/` },
  { name: 'side-by-side reading', path: `/${lang}/articles/paired-story/parallel/` },
  // Different section counts, a stale column and both notices.
  { name: 'side-by-side reading, uneven', path: `/${lang}/articles/uneven-story/parallel/` },
  { name: 'story with a freshness notice', path: lang === 'ja' ? '/ja/articles/uneven-story/' : '/en/articles/corrected-story/' },
  { name: 'glossary', path: `/${lang}/glossary/` },
  { name: 'glossary entry', path: `/${lang}/glossary/witkoff/` },
  { name: 'story with glossary links', path: `/${lang}/articles/prisoner-exchange/` },
  { name: 'fallback story', path: lang === 'ja' ? '/ja/articles/en-only/' : '/en/articles/ja-only/' },
  { name: 'search with results', path: `/${lang}/search/`, prepare: search(lang === 'ja' ? '捕虜' : 'prisoner') },
  // Contents (open), wide tables, the author box with a photo, and the header search opened.
  { name: 'long story', path: `/${lang}/articles/long-read/`, prepare: openDetails },
  { name: 'not-found page', path: `/${lang}/404.html` },
  // A chronology (its table form here; the list at phone width is in structures.test.ts), positions and a figure.
  { name: 'brief with a chronology, positions and a figure', path: `/${lang}/articles/structured-brief/` },
  { name: 'chronology page', path: `/${lang}/topics/peace-talks/timeline/` },
];
const bilingual: Case[] = [
  { name: 'language chooser', path: '/' },
  { name: '404', path: '/no-such-page/' },
];

describe.each(['light', 'dark'] as const)('accessibility (%s mode)', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme });
  });
  afterAll(async () => {
    await context?.close();
  });

  const all = [
    ...cases('ja').map((c) => ({ ...c, name: `ja ${c.name}` })),
    ...cases('en').map((c) => ({ ...c, name: `en ${c.name}` })),
    ...bilingual,
  ];

  it.each(all)('$name ($path) has no axe violations', async ({ path, prepare }) => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
      await prepare?.(page);
      const results = await audit(page);
      expect(describeViolations(results.violations)).toBe('');
      // A page that axe could not look at would pass for the wrong reason.
      expect(results.passes.length).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});
