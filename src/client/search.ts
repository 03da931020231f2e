// src/client/: the browser scripts the pages load (search, share bar); bundled by Vite, never run at build time.
/**
 * The search page in the browser: loads Pagefind's Japanese and English indexes as one search, runs the query
 * as the reader types, and renders results from the page's own `<template>` with labels from our dictionaries
 * (passed in `#search-config`). Astro bundles this as an external module, so a strict CSP needs no
 * 'unsafe-inline'.
 */
import { locales } from '../shared/locales';
import { debounce } from '../lib/debounce';
import {
  interpolate,
  mergeSorted,
  newestFirst,
  pagefindFilters,
  parseSearchParams,
  pluralTemplate,
  primaryIndexLanguage,
  searchQueryString,
  toResultView,
  type MergedCursor,
  type PagefindEntry,
  type ResultFragment,
  type ResultView,
  type SearchState,
} from '../lib/search';
import type { SearchPageConfig } from '../lib/search-config';

/** The part of Pagefind's browser API (`pagefind.js`) this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultFragment>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
}

/** Results rendered at a time; each one costs a fragment download. */
const PAGE_SIZE = 10;
/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

/** Stands in for Pagefind when the site has no story to search: every search finds nothing. */
const nothingToSearch: Pagefind = {
  options: async () => {},
  init: async () => {},
  mergeIndex: async () => {},
  search: async () => ({ results: [] }),
  preload: async () => {},
};

/**
 * Loads Pagefind with every language index of the site.
 *
 * The primary index decides which WebAssembly module (and so which stemmer) runs every query; see
 * `primaryIndexLanguage`. Pagefind reads the primary language from `<html lang>` with no option to override it,
 * so the attribute is swapped for the synchronous part of `init()` only, the workaround Pagefind's maintainer
 * gives in https://github.com/Pagefind/pagefind/issues/593 (Pagefind does not watch the attribute afterwards).
 * The other languages are merged from the same bundle: `mergeIndex` skips a path that equals the primary
 * bundle's, hence the absolute URL, and `baseUrl` keeps result URLs site-relative.
 */
async function loadPagefind(config: SearchPageConfig): Promise<Pagefind> {
  const [entry, pagefind] = await Promise.all([
    fetch(`${config.bundle}pagefind-entry.json`).then((r) => {
      if (!r.ok) throw new Error(`Search index not found (${r.status})`);
      return r.json() as Promise<PagefindEntry>;
    }),
    import(/* @vite-ignore */ `${config.bundle}pagefind.js`) as Promise<Pagefind>,
  ]);
  // A site with no story yet has an index without languages, which Pagefind refuses to load: nothing to find.
  if (!Object.keys(entry.languages).length) return nothingToSearch;
  const primary = primaryIndexLanguage(entry, config.pageLang);
  await pagefind.options({ baseUrl: config.base, excerptLength: 24 });
  const html = document.documentElement;
  const pageLang = html.getAttribute('lang') ?? config.pageLang;
  html.setAttribute('lang', primary);
  const ready = pagefind.init();
  html.setAttribute('lang', pageLang);
  await ready;
  const bundleUrl = new URL(config.bundle, location.href).href;
  await Promise.all(
    locales.filter((l) => l !== primary && entry.languages[l]).map((language) => pagefind.mergeIndex(bundleUrl, { language, baseUrl: config.base })),
  );
  return pagefind;
}

/**
 * Result lists for a state, each in display order. Relevance: one list, merged by Pagefind by score. Newest
 * first: one list per language, because Pagefind's merge re-sorts by score and would undo the date sort across
 * indexes; `mergeSorted` interleaves them by date instead.
 */
async function searchLists(pagefind: Pagefind, state: SearchState, q: string): Promise<PagefindResult[][]> {
  const filters = pagefindFilters(state);
  if (state.sort === 'date') {
    const languages = state.lang ? [state.lang] : locales;
    const responses = await Promise.all(
      languages.map((language) => pagefind.search(q, { filters: { ...filters, language }, sort: { date: 'desc' } })),
    );
    return responses.map((r) => r?.results ?? []);
  }
  return [(await pagefind.search(q, { filters }))?.results ?? []];
}

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const configElement = document.getElementById('search-config');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const form = input?.form;
  const filters = root?.querySelector<HTMLFormElement>('[data-search-filters]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-list]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  const template = root?.querySelector<HTMLTemplateElement>('[data-search-template]');
  if (!root || !configElement || !input || !form || !filters || !status || !list || !more || !template) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as SearchPageConfig;
  const numbers = new Intl.NumberFormat(config.bcp47);

  let loading: Promise<Pagefind> | undefined;
  // A failed load is forgotten, so the next keystroke retries instead of failing until a reload.
  const pagefind = () =>
    (loading ??= loadPagefind(config).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  /** Bumped by every search, so a slow earlier search never overwrites a newer one's results. */
  let generation = 0;
  let cursor: MergedCursor<ResultView> | undefined;

  const field = <E extends Element>(item: DocumentFragment, name: string) => item.querySelector<E>(`[data-field="${name}"]`)!;

  const render = (view: ResultView): DocumentFragment => {
    const item = template.content.cloneNode(true) as DocumentFragment;
    const title = field<HTMLAnchorElement>(item, 'title');
    title.href = view.url;
    title.textContent = view.title;
    const date = field<HTMLTimeElement>(item, 'date');
    date.dateTime = view.isoDate;
    date.textContent = view.date;
    field(item, 'lang').textContent = view.langName;
    const excerpt = field(item, 'excerpt');
    if (view.lang) {
      // Headline and excerpt are in the story's language, which may not be the page's.
      title.lang = view.lang;
      title.hreflang = view.lang;
      excerpt.setAttribute('lang', view.lang);
    }
    excerpt.append(
      ...view.excerpt.map((part) => {
        if (!part.mark) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    const topics = field(item, 'topics');
    if (view.topics.length === 0) topics.remove();
    for (const topic of view.topics) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = topic.href;
      a.textContent = topic.name;
      li.append(a);
      topics.append(li);
    }
    return item;
  };

  /** Renders the next page of results; returns the first new list item. */
  const showMore = async (current: number): Promise<Element | undefined> => {
    if (!cursor) return undefined;
    const views = await cursor.take(PAGE_SIZE);
    if (current !== generation) return undefined;
    const first = list.children.length;
    list.append(...views.map(render));
    more.hidden = cursor.remaining() === 0;
    return list.children[first];
  };

  const readState = (): SearchState => {
    const data = new FormData(filters);
    return parseSearchParams(
      new URLSearchParams({
        q: input.value,
        lang: String(data.get('lang') ?? ''),
        topic: String(data.get('topic') ?? ''),
        sort: String(data.get('sort') ?? ''),
      }),
      Object.keys(config.topics),
    );
  };

  const showState = (state: SearchState) => {
    input.value = state.q;
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
      radio.checked = radio.value === state.lang;
    }
    filters.querySelector<HTMLSelectElement>('select[name="topic"]')!.value = state.topic;
    filters.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
  };

  const run = async (state: SearchState): Promise<void> => {
    const current = ++generation;
    // The URL always reflects the search on screen, so it can be bookmarked or shared.
    history.replaceState(history.state, '', `${location.pathname}${searchQueryString(state)}${location.hash}`);
    const q = state.q.trim();
    if (!q) {
      cursor = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const lists = await searchLists(await pagefind(), state, q);
      if (current !== generation) return;
      const total = lists.reduce((sum, l) => sum + l.length, 0);
      cursor = mergeSorted(lists, async (result) => toResultView(await result.data(), config), state.sort === 'date' ? newestFirst : () => 0);
      list.replaceChildren();
      await showMore(current);
      if (current !== generation) return;
      // Set last: the live region then announces a count that matches what is on screen.
      status.textContent = total
        ? interpolate(pluralTemplate(config.messages.resultCount, total, config.bcp47), {
            count: numbers.format(total),
            query: q,
          })
        : interpolate(config.messages.noResults, { query: q });
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = config.messages.error;
    } finally {
      if (current === generation) list.removeAttribute('aria-busy');
    }
  };

  const searchSoon = debounce(() => void run(readState()), DEBOUNCE_MS);
  const searchNow = () => {
    searchSoon.cancel();
    void run(readState());
  };

  input.addEventListener('input', (event) => {
    // Wait for a Japanese IME to commit the text instead of searching for half-converted kana.
    if ((event as InputEvent).isComposing) return;
    const q = input.value.trim();
    // Fetch the index chunks for the words so far while the debounce waits.
    if (q)
      pagefind()
        .then((p) => p.preload(q, { filters: pagefindFilters(readState()) }))
        .catch(() => {});
    searchSoon();
  });
  input.addEventListener('compositionend', () => searchSoon());
  // Start loading the index as soon as the reader shows an intent to search.
  input.addEventListener('focus', () => void pagefind().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  filters.addEventListener('change', searchNow);
  filters.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    // Keyboard users continue from the first new result instead of the top of the page.
    first?.querySelector('a')?.focus();
  });

  filters.hidden = false;
  const initial = parseSearchParams(new URLSearchParams(location.search), Object.keys(config.topics));
  showState(initial);
  if (initial.q.trim()) void run(initial);
}

start();
