import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureSite, root } from '../helpers/build';
import { useSiteInBrowser } from '../helpers/site-in-browser';

/**
 * Pages work under the site's Content Security Policy: the `<meta>` Astro writes into every page (hashes, no
 * 'unsafe-inline' scripts) and the header from `public/_headers`, served together the way Netlify or Cloudflare
 * would. Any violation the browser reports (a `securitypolicyviolation` event or a console error) fails.
 */

/** The headers `public/_headers` sets for every path (`/*`). */
function headersFile(): Record<string, string> {
  const lines = readFileSync(join(root, 'public/_headers'), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = line.trim().match(/^([\w-]+):\s*(.*)$/);
    if (inAll && match?.[1] && match[2] !== undefined) headers[match[1]] = match[2];
  }
  return headers;
}

let page: Page;
let problems: string[];

const site = useSiteInBrowser(fixtureSite.dist, {
  headers: () => {
    const headers = headersFile();
    expect(headers['Content-Security-Policy']).toBeTruthy();
    return headers;
  },
  pagePerTest: true,
  onPage: async (p) => {
    page = p;
    problems = [];
    // Registered before any page script runs; DevTools-injected scripts are not subject to the page's CSP.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  },
});

/** The policy in the page's `<meta>`, as a map of directive → sources. */
async function metaPolicy(): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(content, 'a CSP <meta> in the page').toBeTruthy();
  return new Map(
    (content ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content Security Policy in the browser', () => {
  it('the home page carries a strict policy and loads without violations', async () => {
    await page.goto(`${site.server.url}/ja/`, { waitUntil: 'load' });
    const policy = await metaPolicy();
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(problems).toEqual([]);
  });

  it('the language chooser and the 404 page load without violations', async () => {
    await page.goto(`${site.server.url}/`, { waitUntil: 'load' });
    await page.goto(`${site.server.url}/no-such-page/`, { waitUntil: 'load' });
    // The one expected error: Chromium logs the 404 status of the page itself.
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
  });

  it.each(['ja', 'en'])('a %s story page runs its share-bar script without violations', async (lang) => {
    await page.goto(`${site.server.url}/${lang}/articles/paired-story/`, { waitUntil: 'load' });
    // The print button is shown by src/client/share.ts: proof the module ran under the policy.
    await page.locator('[data-share-needs="print"]:not([hidden])').first().waitFor({ timeout: 5_000 });
    expect(problems).toEqual([]);
  });

  it.each([
    ['ja', '捕虜'],
    ['en', 'prisoner'],
  ])('the %s search page loads Pagefind (WebAssembly, worker) and shows results without violations', async (lang, q) => {
    await page.goto(`${site.server.url}/${lang}/search/`, { waitUntil: 'load' });
    await page.locator('#search-page-input').pressSequentially(q, { delay: 20 });
    await page.locator('[data-search-list] > li').first().waitFor({ timeout: 10_000 });
    // Results render from the page's <template>: their links and the status text are in place.
    expect(await page.locator('[data-search-list] .story-card__title a').first().getAttribute('href')).toMatch(/\/articles\//);
    expect(problems).toEqual([]);
  });
});
