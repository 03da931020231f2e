import type { Locale } from '../shared/locales';

/**
 * The `data-pagefind-filter` of a story page: its language and one `entity` filter per glossary entry it
 * mentions, so that search can list every story, in both languages, that names an entry. An element has one
 * such attribute; Pagefind reads several comma-separated filters from it, the same key more than once included.
 * @example searchFilters('ja', ['putin', 'witkoff']) // 'language:ja, entity:putin, entity:witkoff'
 */
export function searchFilters(lang: Locale, entityIds: readonly string[]): string {
  return [`language:${lang}`, ...entityIds.map((id) => `entity:${id}`)].join(', ');
}
