import { locales, type Locale } from '../shared/locales';

/**
 * `getStaticPaths` for pages that exist once per language.
 * @example localeStaticPaths() // [{ params: { lang: 'ja' } }, { params: { lang: 'en' } }]
 */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return locales.map((lang) => ({ params: { lang } }));
}
