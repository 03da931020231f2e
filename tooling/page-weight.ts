// tooling/: code the tests and the benchmark share (the site never imports it); each file runs in plain Node.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { load } from 'cheerio';

/**
 * What one built page costs a reader on first load: its HTML, the stylesheets, scripts (with the modules they
 * import statically) and fonts it references, each raw and compressed the way static hosts serve them.
 * Shared by the benchmark (scripts/bench/) and the budget test (tests/build/budget.test.ts).
 */

export type AssetKind = 'html' | 'css' | 'js' | 'font';

export interface Sizes {
  raw: number;
  /** gzip at zlib's default level 6, what most hosts use on the fly. */
  gzip: number;
  /** Brotli at quality 11, what hosts that precompress static files serve. */
  brotli: number;
}

export interface Asset extends Sizes {
  kind: AssetKind;
  /** Site-relative URL, or `inline` for a script written into the HTML. */
  url: string;
}

export interface PageWeight {
  page: string;
  assets: Asset[];
  totals: Record<AssetKind, Sizes>;
  /** Site-relative URLs of the scripts the page loads (entry modules and their static imports). */
  scripts: string[];
  /** Inline `<script>` elements that run code (JSON data blocks excluded). */
  inlineScripts: number;
}

/**
 * Raw, gzip and Brotli sizes of some text or bytes.
 * @example compressedSizes('hello').raw // 5
 */
export function compressedSizes(content: string | Buffer): Sizes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/** Modules a bundled ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) if (m[1]) found.push(m[1]);
  return found;
}

const fontPattern = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

/**
 * The first-load weight of the page at `urlPath` (`/ja/articles/x/`) in the built site `dist`.
 * Scripts a module imports only dynamically (the Pagefind index, loaded on first search) are not counted.
 */
export function pageWeight(dist: string, urlPath: string, options: { compress?: boolean } = {}): PageWeight {
  // Brotli at quality 11 is slow; callers that only need the list of scripts skip compression.
  const sizes = options.compress === false ? (c: string | Buffer) => ({ raw: Buffer.byteLength(c), gzip: 0, brotli: 0 }) : compressedSizes;
  const file = (url: string) => posix.join(dist, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
  const htmlFile = file(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  const html = readFileSync(htmlFile, 'utf8');
  const $ = load(html);
  const assets: Asset[] = [{ kind: 'html', url: urlPath, ...sizes(html) }];
  const seen = new Set<string>();
  const resolve = (ref: string, from: string) => new URL(ref, new URL(from, 'https://site.invalid')).pathname;

  const addAsset = (kind: AssetKind, url: string): string | undefined => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const path = file(url);
    if (!existsSync(path)) return undefined;
    const content = readFileSync(path);
    assets.push({ kind, url, ...sizes(content) });
    return content.toString('utf8');
  };

  $('link[rel~="stylesheet"][href]').each((_, el) => {
    const url = resolve($(el).attr('href') ?? '', urlPath);
    const css = addAsset('css', url);
    for (const m of css?.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g) ?? []) {
      if (m[1] && fontPattern.test(m[1])) addAsset('font', resolve(m[1], url));
    }
  });
  $('link[rel~="preload"][as="font"][href]').each((_, el) => void addAsset('font', resolve($(el).attr('href') ?? '', urlPath)));

  const scripts: string[] = [];
  const addModule = (url: string) => {
    const code = addAsset('js', url);
    if (code === undefined) return;
    scripts.push(url);
    for (const imported of staticImports(code)) addModule(resolve(imported, url));
  };
  $('script[src]').each((_, el) => addModule(resolve($(el).attr('src') ?? '', urlPath)));
  $('link[rel~="modulepreload"][href]').each((_, el) => addModule(resolve($(el).attr('href') ?? '', urlPath)));

  let inlineScripts = 0;
  $('script:not([src])').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    // JSON-LD and JSON configuration are data: the browser never runs them.
    if (type === 'application/ld+json' || type === 'application/json' || type === 'speculationrules') return;
    inlineScripts += 1;
    assets.push({ kind: 'js', url: 'inline', ...sizes($(el).text()) });
  });

  const totals: Record<AssetKind, Sizes> = { html: zero(), css: zero(), js: zero(), font: zero() };
  for (const asset of assets) totals[asset.kind] = add(totals[asset.kind], asset);
  return { page: urlPath, assets, totals, scripts, inlineScripts };
}
