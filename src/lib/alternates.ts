import { locales, type Locale } from '../shared/locales';

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
