import type { Translate } from '../shared/i18n';
import { locales, type Locale } from '../shared/locales';

/**
 * `getStaticPaths` for pages that exist once per language.
 * @example localeStaticPaths() // [{ params: { lang: 'ja' } }, { params: { lang: 'en' } }]
 */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return locales.map((lang) => ({ params: { lang } }));
}

/**
 * A listing page's title: the group's name, with the page number after page 1.
 * @example pagedTitle('Peace talks', { currentPage: 2, lastPage: 3 }, t) // 'Peace talks (Page 2 of 3)'
 */
export function pagedTitle(name: string, page: { currentPage: number; lastPage: number }, t: Translate): string {
  return page.currentPage > 1
    ? `${name} (${t('pagination.status', { current: page.currentPage, total: page.lastPage })})`
    : name;
}
