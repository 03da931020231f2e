import { defaultLocale } from '../shared/locales';

/**
 * Whether a built page asks search engines not to index it (`<meta name="robots" content="noindex">`, as
 * fallback pages for missing translations and the 404 page do). Such pages stay out of the sitemap, so the
 * sitemap and the pages can never disagree.
 * @example isNoindex('<meta name="robots" content="noindex">') // true
 * @example isNoindex('<meta name="description" content="noindex">') // false
 */
export function isNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (/\bname=["']?robots["'\s>]/i.test(tag) && /\bcontent=["'][^"']*\bnoindex\b/i.test(tag)) return true;
  }
  return false;
}

/** An `xhtml:link` alternate in the sitemap: a URL and its hreflang. */
export interface HreflangLink {
  url: string;
  lang: string;
}

/**
 * The hreflang alternates of one sitemap entry, made to match what the pages themselves declare. The sitemap
 * integration groups URLs by their path after the locale, which also puts the language chooser at `/` into the
 * home pages' group as if it were Japanese: here it becomes `x-default`, as `src/pages/index.astro` declares.
 * Elsewhere `x-default` is the default language's version, as in `BaseLayout`. A page with a single language
 * version gets no alternates.
 * @example hreflangLinks([{ url: 'https://x/ja/a/', lang: 'ja' }, { url: 'https://x/en/a/', lang: 'en' }], 'https://x/')
 * // [ja, en, { url: 'https://x/ja/a/', lang: 'x-default' }]
 */
export function hreflangLinks(links: readonly HreflangLink[] | undefined, rootUrl: string): HreflangLink[] | undefined {
  if (!links) return undefined;
  const root = links.find((l) => l.url === rootUrl);
  const versions = links.filter((l) => l.url !== rootUrl);
  if (versions.length < 2) return undefined;
  const xDefault = root ?? versions.find((l) => l.lang === defaultLocale) ?? versions[0];
  return xDefault ? [...versions, { url: xDefault.url, lang: 'x-default' }] : versions;
}

/**
 * The language versions of each URL of a sitemap, for its hreflang alternates: URLs whose paths are the same after
 * a leading locale segment are versions of one page (a URL without a locale segment, such as the site root, counts
 * as the default language). Versions are listed in the sitemap's order (`localeCompare`, numeric) and only
 * pages with at least two get an entry. This is how @astrojs/sitemap's `i18n` option groups them, in one pass
 * instead of comparing every URL with every other (over 10 s at 10,000 story pairs).
 * @example languageVersions(['https://x/ja/a/', 'https://x/en/a/', 'https://x/ja/b/'], 'https://x/', ['ja', 'en'])
 * // Map { 'https://x/ja/a/' => [en, ja], 'https://x/en/a/' => [en, ja] } (b has one version: no entry)
 */
export function languageVersions(urls: readonly string[], rootUrl: string, locales: readonly string[]): Map<string, HreflangLink[]> {
  const known = new Set(locales);
  const groups = new Map<string, HreflangLink[]>();
  for (const url of urls) {
    if (!url.startsWith(rootUrl)) continue;
    const rest = `/${url.slice(rootUrl.length).replace(/^\//, '')}`;
    const first = rest.split('/')[1] ?? '';
    const lang = known.has(first) ? first : defaultLocale;
    const path = known.has(first) ? rest.slice(1 + first.length) || '/' : rest;
    const group = groups.get(path);
    if (group) group.push({ url, lang });
    else groups.set(path, [{ url, lang }]);
  }
  const byUrl = new Map<string, HreflangLink[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Array#sort is stable, so sorting each group gives the order its URLs have in the whole sorted sitemap.
    group.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
    for (const { url } of group) byUrl.set(url, group);
  }
  return byUrl;
}
