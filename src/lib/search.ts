import { isLocale, type Locale } from '../shared/locales';
import { formatDate } from './dates';
import { buildExcerpt, type ExcerptPart } from './search-excerpt';

/*
 * Pure helpers for the search page. The browser script imports them, so nothing here may touch
 * `astro:content`, i18next or the DOM; unit tests cover each one.
 */

/** The reader's choices on the search page; the same fields appear in its URL so a search can be shared. */
export interface SearchState {
  /** What the reader typed, as typed. */
  q: string;
  /** Narrow to stories written in one language; `''` means both. */
  lang: Locale | '';
  /** Narrow to one topic id; `''` means every topic. */
  topic: string;
  /** Best match first, or newest first (Pagefind's `date` sort). */
  sort: SortOrder;
}

export const sortOrders = ['relevance', 'date'] as const;
export type SortOrder = (typeof sortOrders)[number];

export const emptySearch: SearchState = { q: '', lang: '', topic: '', sort: 'relevance' };

/**
 * Reads the search state from a URL query, dropping values the page does not offer (a stale topic in an
 * old link must not leave the reader with an empty, unexplained result list).
 * @example parseSearchParams(new URLSearchParams('q=捕虜&lang=ja'), ['ukraine']) // { q: '捕虜', lang: 'ja', topic: '', sort: 'relevance' }
 */
export function parseSearchParams(params: URLSearchParams, topics: readonly string[]): SearchState {
  const lang = params.get('lang') ?? '';
  const topic = params.get('topic') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q') ?? '',
    lang: isLocale(lang) ? lang : '',
    topic: topics.includes(topic) ? topic : '',
    sort: (sortOrders as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevance',
  };
}

/**
 * The query string for a search state, leaving out defaults so shared links stay short; `''` when empty.
 * @example searchQueryString({ q: 'prisoner exchange', lang: '', topic: '', sort: 'relevance' }) // '?q=prisoner+exchange'
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  if (state.topic) params.set('topic', state.topic);
  if (state.sort !== emptySearch.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Pagefind filters for a state. `language` and `topic` are the filter names the story page declares
 * (`data-pagefind-filter`); topic values are ids, the same in both language indexes.
 * @example pagefindFilters({ q: 'x', lang: 'en', topic: 'ukraine', sort: 'relevance' }) // { language: 'en', topic: 'ukraine' }
 */
export function pagefindFilters(state: Pick<SearchState, 'lang' | 'topic'>): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.lang) filters['language'] = state.lang;
  if (state.topic) filters['topic'] = state.topic;
  return filters;
}

/** What `pagefind-entry.json` says about each language index. */
export interface PagefindEntry {
  languages: Record<string, { wasm?: string | null; page_count?: number }>;
}

export type { ExcerptPart };

/**
 * Splits a Pagefind excerpt into text and highlighted parts, so the page can build it with text nodes and
 * `<mark>` elements instead of assigning HTML (no markup from the index ever reaches `innerHTML`).
 * Pagefind escapes only `<` and `>` in excerpt text; everything else is literal.
 * @example excerptParts('a <mark>b</mark> &lt;c&gt;') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' <c>', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark });
  }
  return parts;
}

/** The parts of a Pagefind result fragment the page shows (see Pagefind's `result.data()`). */
export interface ResultFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The indexed words, `<` and `>` escaped; Japanese words separated by U+200B (see src/lib/search-excerpt.ts). */
  raw_content?: string;
  /** Positions of the words that matched. */
  locations?: number[];
}

/** One search result as the page renders it, every label already in the reader's language. */
export interface ResultView {
  url: string;
  title: string;
  /** The language the story is written in (its `lang` attribute). */
  lang: Locale | undefined;
  /** That language's name in the reader's language, for the badge. */
  langName: string;
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  isoDate: string;
  date: string;
  excerpt: ExcerptPart[];
  /** The headline with the words that matched marked. */
  titleParts: ExcerptPart[];
  topics: { id: string; name: string; href: string }[];
}

/** Labels the result view needs, from the page's dictionary and content. */
export interface ResultLabels {
  pageLang: Locale;
  /** Each language's name in the page's language (`lang.names.*`). */
  languageNames: Record<Locale, string>;
  /** Topic id → its name in the page's language and its topic page. */
  topics: Record<string, { name: string; href: string }>;
}

/**
 * Turns a Pagefind result into what the page shows: localized badge, date and topic names.
 * Unknown topic ids (a topic deleted since the index was built) are left out rather than shown as ids.
 * @example toResultView({ url: '/ja/articles/x/', excerpt: '', meta: { title: 'T', date: '2025-02-14' }, filters: { language: ['ja'] } }, labels).date // '14 February 2025' on an English page
 */
export function toResultView(fragment: ResultFragment, labels: ResultLabels): ResultView {
  const textLang = fragment.filters['language']?.find(isLocale);
  const isoDate = fragment.meta['date'] ?? '';
  const day = isoDate ? new Date(isoDate) : undefined;
  const title = fragment.meta['title'] ?? fragment.url;
  // Our own excerpt from the record's words where Pagefind gives them (src/lib/search-excerpt.ts).
  const built =
    fragment.raw_content === undefined
      ? { excerpt: excerptParts(fragment.excerpt), title: [{ text: title, mark: false }] }
      : buildExcerpt({ raw_content: fragment.raw_content, locations: fragment.locations ?? [] }, title, textLang === 'ja' ? 90 : 200);
  return {
    url: fragment.url,
    title,
    titleParts: built.title,
    lang: textLang,
    langName: textLang ? labels.languageNames[textLang] : '',
    isoDate,
    date: day && !Number.isNaN(day.getTime()) ? formatDate(day, labels.pageLang) : '',
    excerpt: built.excerpt,
    topics: (fragment.filters['topic'] ?? []).flatMap((id) => {
      const topic = labels.topics[id];
      return topic ? [{ id, ...topic }] : [];
    }),
  };
}

/**
 * Fills `{{name}}` placeholders the way our i18next dictionaries write them.
 * @example interpolate('{{count}} results for “{{query}}”', { count: 2, query: 'x' }) // '2 results for “x”'
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The plural form of a message for `count`, from templates keyed by CLDR plural category (i18next's `_one`,
 * `_other` suffixes). Japanese has only `other`.
 * @example pluralTemplate({ one: '{{count}} result', other: '{{count}} results' }, 1, 'en-US') // '{{count}} result'
 */
export function pluralTemplate(forms: Partial<Record<Intl.LDMLPluralRule, string>>, count: number, bcp47: string): string {
  return forms[new Intl.PluralRules(bcp47).select(count)] ?? forms.other ?? '';
}
