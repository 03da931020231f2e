import { defaultLocale } from '../i18n/locales';

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
