import type { Translate } from '../shared/i18n';

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
  return page.currentPage > 1
    ? `${name} (${t('pagination.status', { current: page.currentPage, total: page.lastPage })})`
    : name;
}
