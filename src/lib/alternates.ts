import { locales, type Locale } from '../shared/locales';
import { paths } from '../shared/urls';
import type { Story } from './pairing';

/** One language version of the current page, as the switcher and `<link rel="alternate">` need it. */
export interface Alternate {
  lang: Locale;
  /** Site-relative path of that version. */
  href: string;
  /** False when that URL only shows a fallback (the translation does not exist yet). */
  real: boolean;
}

/**
 * The language versions of a page that exists the same way in every language (home, topics, search).
 * @example sameInEveryLocale((l) => `/${l}/topics/`) // [{ lang: 'ja', href: '/ja/topics/', real: true }, …]
 */
export function sameInEveryLocale(pathFor: (lang: Locale) => string): Alternate[] {
  return locales.map((lang) => ({ lang, href: pathFor(lang), real: true }));
}

/**
 * The language versions of a story page: every language has a page, but only a translation that exists is real
 * (the others show a fallback).
 * @example storyAlternates({ slug: 'talks', versions: { ja } })
 * // [{ lang: 'ja', href: '/ja/articles/talks/', real: true }, { lang: 'en', href: '/en/articles/talks/', real: false }]
 */
export function storyAlternates(story: Pick<Story, 'slug' | 'versions'>): Alternate[] {
  return locales.map((lang) => ({ lang, href: paths.article(lang, story.slug), real: !!story.versions[lang] }));
}
