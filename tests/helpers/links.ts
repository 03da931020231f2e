import { load } from 'cheerio';

/**
 * A link checker for a built static site, as pure functions over file contents: the build test
 * (tests/build/links.test.ts) feeds it `dist/`, the unit test (tests/unit/links.test.ts) feeds it tiny sites.
 *
 * "Internal" means a root-relative or relative URL, or an absolute URL on the site's own origin (canonical,
 * hreflang and Open Graph URLs are absolute). Other origins and `mailto:`/`tel:`/`data:` are not checked.
 */

/** One URL a file refers to. */
export interface Reference {
  /** Where it was found, e.g. `a[href]`, `img[srcset]`, `meta[og:image]`, `css url()`, `xml <loc>`. */
  where: string;
  url: string;
  /** For `<a>`/`<link>` with `hreflang`: the language the target claims to be in. */
  hreflang?: string | undefined;
}

/** What the checker needs to know about one HTML page. */
export interface ParsedPage {
  /** `<html lang>`, if any. */
  lang: string | undefined;
  /** Every `id` (and `<a name>`) on the page: fragment targets. */
  anchors: Set<string>;
  refs: Reference[];
}

export interface LinkProblem {
  /** The file that contains the reference, relative to the site root (`en/index.html`). */
  file: string;
  where: string;
  url: string;
  problem: string;
}

/** Attributes that hold one URL, by element (`*` for any element). */
const urlAttributes: Record<string, string[]> = {
  '*': ['href', 'src', 'poster', 'action', 'data'],
};
const srcsetAttributes = ['srcset', 'imagesrcset'];
/** `<meta>` whose `content` is a URL that crawlers and link previews fetch. */
const urlMeta = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:audio', 'og:video', 'twitter:image']);

/**
 * The URLs in a `srcset`: comma-separated candidates, each a URL and an optional descriptor.
 * @example srcsetUrls('a.webp 1x, /b.webp 2x') // ['a.webp', '/b.webp']
 */
export function srcsetUrls(srcset: string): string[] {
  // The HTML parsing rules, simplified: a URL is a run of non-space characters (trailing commas end the
  // candidate); its descriptors run to the next comma. URLs may contain commas, so no naive split(',').
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = rest.match(/^\S+/)?.[0] ?? '';
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    const comma = rest.indexOf(',');
    rest = comma === -1 ? '' : rest.slice(comma + 1);
  }
}

/**
 * Every URL an HTML page refers to, its `<html lang>` and its fragment targets.
 * @example parsePage('<html lang="en"><a href="/ja/">ja</a></html>').refs // [{ where: 'a[href]', url: '/ja/' }]
 */
export function parsePage(html: string): ParsedPage {
  const $ = load(html);
  const refs: Reference[] = [];
  // A <template> is inert: its links exist only once a script fills in and inserts a copy.
  $('template').remove();
  const anchors = new Set<string>();
  $('[id]').each((_, el) => void anchors.add($(el).attr('id') ?? ''));
  $('a[name]').each((_, el) => void anchors.add($(el).attr('name') ?? ''));
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    const tag = el.tagName.toLowerCase();
    for (const attr of urlAttributes['*'] ?? []) {
      const value = el.attribs[attr];
      if (value === undefined) continue;
      if (attr === 'data' && tag !== 'object') continue;
      const rel = (el.attribs['rel'] ?? '').split(/\s+/);
      // A preconnect or dns-prefetch names an origin, not a resource.
      if (tag === 'link' && (rel.includes('preconnect') || rel.includes('dns-prefetch'))) continue;
      const hreflang = attr === 'href' ? el.attribs['hreflang'] : undefined;
      refs.push({
        where: `${tag}[${attr}]`,
        url: value,
        ...(hreflang ? { hreflang } : {}),
      });
    }
    for (const attr of srcsetAttributes) {
      const value = el.attribs[attr];
      if (value) for (const url of srcsetUrls(value)) refs.push({ where: `${tag}[${attr}]`, url });
    }
    if (tag === 'meta') {
      const name = el.attribs['property'] ?? el.attribs['name'] ?? '';
      const content = el.attribs['content'];
      if (urlMeta.has(name) && content) refs.push({ where: `meta[${name}]`, url: content });
    }
  });
  return { lang: $('html').attr('lang'), anchors, refs };
}

/**
 * The URLs in a stylesheet's `url(…)` and `@import`.
 * @example cssUrls('a{background:url("/img/x.svg")}') // ['/img/x.svg']
 */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (m[2]) urls.push(m[2]);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) if (m[2]) urls.push(m[2]);
  return urls;
}

/**
 * The URLs in a sitemap or feed: `<loc>`, `<link>`, `<guid>` and `href="…"` attributes.
 * @example xmlUrls('<url><loc>https://x/ja/</loc></url>') // ['https://x/ja/']
 */
export function xmlUrls(xml: string): string[] {
  const urls: string[] = [];
  for (const m of xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\/\1>/g)) if (m[2]) urls.push(m[2]);
  for (const m of xml.matchAll(/\shref="([^"]+)"/g)) if (m[1]) urls.push(m[1]);
  return urls.map((u) => u.replace(/&amp;/g, '&'));
}

/**
 * The URL path a built file is served at (`directory` build format).
 * @example urlPathOf('en/articles/x/index.html') // '/en/articles/x/'
 * @example urlPathOf('404.html') // '/404.html'
 */
export function urlPathOf(file: string): string {
  const path = `/${file.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A reference resolved on the site: the file it needs, and the fragment it points at. */
export interface InternalTarget {
  /** URL path, decoded (`/ja/articles/x/`). */
  path: string;
  /** Fragment without `#`, decoded; empty when there is none. */
  fragment: string;
}

/**
 * Resolves `url` as written on the page at `pagePath`. Returns undefined for anything not on this site.
 * @example resolveInternal('../b/#top', '/en/a/', 'https://site.example') // { path: '/en/b/', fragment: 'top' }
 * @example resolveInternal('https://other.example/', '/en/', 'https://site.example') // undefined
 */
export function resolveInternal(url: string, pagePath: string, siteOrigin: string): InternalTarget | undefined {
  const trimmed = url.trim();
  if (/^(mailto|tel|sms|javascript|data|blob):/i.test(trimmed)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, new URL(pagePath, siteOrigin));
  } catch {
    // An unparseable URL can never resolve: report it as a path nothing is built at.
    return { path: trimmed, fragment: '' };
  }
  if (resolved.origin !== new URL(siteOrigin).origin) return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { path: decode(resolved.pathname), fragment: decode(resolved.hash.replace(/^#/, '')) };
}

/**
 * The built file a URL path is served from, as a static host with `trailingSlash: 'always'` serves it:
 * `/x/` needs `x/index.html`, `/x.css` needs `x.css`. `/x` (no slash) is not redirected to `/x/`: such a link
 * would only work on hosts that redirect, so it counts as broken.
 * @example fileFor('/en/', new Set(['en/index.html'])) // 'en/index.html'
 * @example fileFor('/en', new Set(['en/index.html'])) // undefined
 */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const rel = path.replace(/^\/+/, '');
  const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return files.has(candidate) ? candidate : undefined;
}

/** The primary language subtag, lowercase: `ja-JP` → `ja`. */
const primaryLang = (lang: string | undefined) => lang?.toLowerCase().split('-')[0];

export interface SiteFiles {
  /** Every file in the site, relative to its root, with `/` separators. */
  files: ReadonlySet<string>;
  /** The parsed HTML pages, by file. */
  pages: ReadonlyMap<string, ParsedPage>;
  /** Stylesheets' text, by file. */
  stylesheets?: ReadonlyMap<string, string>;
  /** Sitemaps' and feeds' text, by file. */
  xml?: ReadonlyMap<string, string>;
}

/**
 * Every broken internal reference of a site:
 * - the target file must exist (and, with a fragment, the target page must have that id);
 * - `hreflang` targets must be pages whose `<html lang>` is that language, and a page must not name itself as
 *   its own translation (`x-default` may point anywhere, itself included);
 * - `404.html` is served at every missing URL, so its references must not be relative.
 *
 * @example checkLinks({ files: new Set(['index.html']), pages: new Map([['index.html', parsePage('<a href="/x/">')]]) }, 'https://s.example')
 * // [{ file: 'index.html', where: 'a[href]', url: '/x/', problem: 'no file at /x/' }]
 */
export function checkLinks(site: SiteFiles, siteOrigin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const check = (file: string, where: string, url: string, onTarget?: (target: string, page?: ParsedPage) => void) => {
    const pagePath = urlPathOf(file);
    if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url.trim())) {
      problems.push({ file, where, url, problem: 'a relative URL on the 404 page breaks at every other path' });
    }
    const target = resolveInternal(url, pagePath, siteOrigin);
    if (!target) return;
    const found = fileFor(target.path, site.files);
    if (!found) {
      problems.push({ file, where, url, problem: `no file at ${target.path}` });
      return;
    }
    const page = site.pages.get(found);
    if (target.fragment && page && !page.anchors.has(target.fragment)) {
      problems.push({ file, where, url, problem: `no id="${target.fragment}" on ${target.path}` });
    }
    onTarget?.(found, page);
  };

  for (const [file, parsed] of site.pages) {
    for (const ref of parsed.refs) {
      check(file, ref.where, ref.url, (target, targetPage) => {
        if (!ref.hreflang || ref.hreflang.toLowerCase() === 'x-default') return;
        // Naming itself in its own language is right (an hreflang set lists every version, this one included).
        if (target === file && primaryLang(ref.hreflang) !== primaryLang(parsed.lang)) {
          problems.push({ file, where: ref.where, url: ref.url, problem: `links to itself as its ${ref.hreflang} version` });
        }
        if (targetPage && primaryLang(targetPage.lang) !== primaryLang(ref.hreflang)) {
          problems.push({
            file,
            where: ref.where,
            url: ref.url,
            problem: `hreflang="${ref.hreflang}" but the target is <html lang="${targetPage.lang ?? ''}">`,
          });
        }
      });
    }
  }
  for (const [file, css] of site.stylesheets ?? []) {
    for (const url of cssUrls(css)) check(file, 'css url()', url);
  }
  for (const [file, xml] of site.xml ?? []) {
    for (const url of xmlUrls(xml)) check(file, 'xml', url);
  }
  return problems;
}
