import { useTranslations, type Translate } from '../shared/i18n';
import type { Locale } from '../shared/locales';
import { sameInEveryLocale, type Alternate } from './alternates';

/** Stories per page of a topic's or an author's listing: long enough to scan, short enough for a phone. */
export const LISTING_PAGE_SIZE = 20;

/**
 * Stories on the front page, which shows the newest only: listing a growing archive there would make the page
 * heavier with every story (7 MB of HTML at 10,000 stories). Every story stays reachable from its topic pages.
 */
export const HOME_STORY_LIMIT = 30;

/**
 * A listing page's title: the group's name, with the page number after page 1.
 * @example pagedTitle('Peace talks', { currentPage: 2, lastPage: 3 }, t) // 'Peace talks (Page 2 of 3)'
 */
export function pagedTitle(name: string, page: { currentPage: number; lastPage: number }, t: Translate): string {
  return page.currentPage > 1 ? `${name} (${t('pagination.status', { current: page.currentPage, total: page.lastPage })})` : name;
}

/** One page of a paginated listing, as its head and breadcrumbs name it. */
export interface ListingPage {
  /** The group's name, numbered after page 1 (see `pagedTitle`). */
  title: string;
  /** Site-relative path of this page. */
  path: string;
  /** The same page number in every language. */
  alternates: Alternate[];
}

/**
 * Title, path and language versions of page `page.currentPage` of a group's listing (a topic, an author), from the
 * group's name and its paths (`pathFor(lang, pageNumber)`).
 * @example listingPage('en', 'Peace talks', { currentPage: 2, lastPage: 3 }, (l, n) => paths.topic(l, 'peace-talks', n))
 * // { title: 'Peace talks (Page 2 of 3)', path: '/en/topics/peace-talks/2/', alternates: [{ lang: 'ja', href: '/ja/topics/peace-talks/2/', … }, …] }
 */
export function listingPage(
  lang: Locale,
  name: string,
  page: { currentPage: number; lastPage: number },
  pathFor: (lang: Locale, pageNumber: number) => string,
): ListingPage {
  return {
    title: pagedTitle(name, page, useTranslations(lang)),
    path: pathFor(lang, page.currentPage),
    alternates: sameInEveryLocale((l) => pathFor(l, page.currentPage)),
  };
}
