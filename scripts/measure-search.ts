/**
 * Measures the search of a built site: index size per language, and what a reader's first query costs in
 * Chromium (bytes downloaded, time until results are on screen).
 *
 *   npx node scripts/measure-search.ts <distDir> [lang:query ...]
 *
 * e.g. `npx node scripts/measure-search.ts /tmp/search-dev/dist ja:停戦 en:ceasefire`. Each query runs in a fresh
 * browser context (cold cache) on `/{lang}/search/`, typed key by key as a reader would. Without queries it
 * runs a default set that crosses languages both ways. Uses Node 24's type stripping (erasable syntax only).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tooling/browser.ts';
import { serveDist } from '../tooling/serve.ts';

const [distArg, ...queryArgs] = process.argv.slice(2);
if (!distArg) {
  console.error('usage: node scripts/measure-search.ts <distDir> [lang:query ...]');
  process.exit(2);
}
const dist = distArg;
const bundle = join(dist, 'pagefind');
const queries = (queryArgs.length ? queryArgs : ['ja:停戦', 'ja:ceasefire', 'en:ceasefire', 'en:停戦']).map((arg) => {
  const at = arg.indexOf(':');
  return { lang: arg.slice(0, at), q: arg.slice(at + 1) };
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Files of the bundle by what they are; per-language files start with the language code (`ja_…`). */
function indexSizes(): void {
  const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(bundle, f)).isFile());
  const perLanguage = new Map<string, { files: number; bytes: number; kinds: Record<string, number> }>();
  const shared = new Map<string, number>();
  let unusedUi = 0;
  for (const file of files) {
    const bytes = statSync(join(bundle, file)).size;
    const name = file.split('/').pop()!;
    const lang = name.match(/^(?:pagefind\.)?([a-z]{2,3}(?:-[a-z0-9]+)?)_[0-9a-f]+\.pf_\w+$/)?.[1];
    if (lang) {
      const entry = perLanguage.get(lang) ?? { files: 0, bytes: 0, kinds: {} };
      const kind = name.split('.').pop()!;
      entry.files += 1;
      entry.bytes += bytes;
      entry.kinds[kind] = (entry.kinds[kind] ?? 0) + bytes;
      perLanguage.set(lang, entry);
    } else if (/^pagefind-(component-|modular-)?ui|^pagefind-highlight/.test(name)) {
      unusedUi += bytes;
    } else {
      shared.set(name, bytes);
    }
  }
  console.log(`Index size (${bundle})`);
  for (const [lang, entry] of [...perLanguage].sort()) {
    const kinds = Object.entries(entry.kinds)
      .map(([k, b]) => `${k} ${b}`)
      .join(', ');
    console.log(`  ${lang}: ${entry.bytes} bytes (${kb(entry.bytes)}) in ${entry.files} files [${kinds}]`);
  }
  const runtime = [...shared.values()].reduce((a, b) => a + b, 0);
  const parts = [...shared].map(([name, bytes]) => `${name} ${bytes}`).join(', ');
  console.log(`  shared runtime: ${runtime} bytes (${kb(runtime)}) [${parts}]`);
  console.log(`  Pagefind UI files the site does not load: ${unusedUi} bytes (${kb(unusedUi)})`);
}

/** What a response is, for the breakdown. */
function category(url: string): string {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return `page ${path}`;
  if (path.endsWith('pagefind.js')) return 'pagefind.js';
  if (path.endsWith('pagefind-worker.js')) return 'worker';
  if (path.includes('/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

async function firstQueries(): Promise<void> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    console.log('\nFirst query in Chromium (fresh context; bytes after the page has loaded; gzip = estimate for a compressing host)');
    for (const { lang, q } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
      const responses: Promise<{ url: string; raw: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        responses.push(
          response.body().then(
            (body) => {
              // Pagefind's index files and wasm are already gzipped; text (JS, JSON) is compressed by the host.
              const text = /javascript|json|text/.test(response.headers()['content-type'] ?? '');
              return { url: response.url(), raw: body.length, gzip: text ? gzipSync(body).length : body.length };
            },
            () => ({ url: response.url(), raw: 0, gzip: 0 }),
          ),
        );
      });
      const input = page.locator('#search-page-input');
      const started = performance.now();
      await input.pressSequentially(q, { delay: 40 });
      const typed = performance.now();
      // Both the count and "no results" quote the query, so this waits for this query, not a partial one that
      // ran while the page was busy loading the index.
      await page.waitForFunction(
        (query) => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status.includes(query) && !document.querySelector('[data-search-list][aria-busy]');
          // A slow search is a figure to report, not a reason to stop measuring.
        },
        q,
        { timeout: 120_000 },
      );
      const shown = performance.now();
      const count = await page.locator('[data-search-list] > li').count();
      const status = await page.locator('[data-search-status]').textContent();
      const all = await Promise.all(responses);
      const byCategory = new Map<string, { n: number; raw: number; gzip: number }>();
      for (const r of all) {
        const c = byCategory.get(category(r.url)) ?? { n: 0, raw: 0, gzip: 0 };
        c.n += 1;
        c.raw += r.raw;
        c.gzip += r.gzip;
        byCategory.set(category(r.url), c);
      }
      const raw = all.reduce((s, r) => s + r.raw, 0);
      const gzip = all.reduce((s, r) => s + r.gzip, 0);
      console.log(`  /${lang}/search/ "${q}": ${count} shown, status "${status}"`);
      console.log(
        `    downloaded ${raw} bytes (${kb(raw)}; gzip ≈ ${kb(gzip)}) in ${all.length} requests; ` +
          `results ${Math.round(shown - typed)} ms after the last keystroke (250 ms of it debounce), ` +
          `${Math.round(shown - started)} ms after the first`,
      );
      console.log(`    ${[...byCategory].map(([c, v]) => `${c} ${v.n}× ${v.raw}${v.gzip !== v.raw ? ` (gz ${v.gzip})` : ''}`).join(', ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

indexSizes();
await firstQueries();
