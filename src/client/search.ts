// src/client/: the browser scripts the pages load (search, share bar); bundled by Vite, never run at build time.
/**
 * The search page in the browser: loads Pagefind's Japanese and English indexes as one search, runs the query
 * as the reader types, and renders results from the page's own `<template>` with labels from our dictionaries
 * (passed in `#search-config`). Astro bundles this as an external module, so a strict CSP needs no
 * 'unsafe-inline'.
 */
import { locales, type Locale } from '../shared/locales';
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
  type ExcerptPart,
  type PagefindEntry,
  type ResultFragment,
  type ResultView,
  type SearchState,
} from '../lib/search';
import { findEntry, searchTerms, suggestEntry, type GlossaryMatch, type SearchGlossary } from '../lib/search-glossary';
import { cardLanguage, insideLongerWord, rankRuns, wholeWordsOnly, type TermRun } from '../lib/search-stories';
import { recordWords } from '../lib/search-excerpt';
import { hasJapanese } from '../shared/japanese';
import type { SearchPageConfig } from '../lib/search-config';

/** The part of Pagefind's browser API (`pagefind.js`) this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matching words; none when only metadata matched. */
  words: number[];
  data: () => Promise<ResultFragment>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string | { not: string }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: PagefindSearchOptions,
  ) => Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
}

/** Stories rendered at a time; each one costs a fragment download or two. */
const PAGE_SIZE = 10;
/** Up to this many pages, a Japanese query's matched words are read from the records (see `searchStories`). */
const WORD_CHECK_LIMIT = 60;
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
 * The story filter, present in every search so that Pagefind loads it and returns its counts (a value no story
 * has excludes nothing): the number of stories comes from those counts, without loading any result.
 */
const countStories = { story: { not: '-' } } as const;

/** A page result with its record, as the story cards need it. */
interface LoadedHit {
  id: string;
  fragment: ResultFragment;
}

/** Where the next page result comes from, in display order; undefined at the end. */
type HitSource = () => Promise<LoadedHit | undefined>;

/**
 * Runs every spelling of the query (the query itself, and an entry's other spellings) the usual way and exactly,
 * and returns the ranked pages as a source plus the story keys they make. Relevance: one ranked list. Newest
 * first: one date-sorted list per language and spelling, because Pagefind's merge of indexes re-sorts by score
 * and would undo the date sort across indexes; `mergeSorted` interleaves them by date instead.
 */
async function searchStories(pagefind: Pagefind, state: SearchState, terms: string[]): Promise<{ next: HitSource; stories: Set<string> }> {
  const filters = { ...pagefindFilters(state), ...countStories };
  const languages = state.sort === 'date' ? (state.lang ? [state.lang] : [...locales]) : [undefined];
  const sort = state.sort === 'date' ? { sort: { date: 'desc' as const } } : {};
  const runs = await Promise.all(
    terms.flatMap((term) =>
      languages.map(async (language): Promise<TermRun<PagefindResult>> => {
        const options = { filters: language ? { ...filters, language } : filters, ...sort };
        const [loose, exact] = await Promise.all([pagefind.search(term, options), pagefind.search(`"${term.replace(/"/g, '')}"`, options)]);
        return {
          term,
          loose: loose?.results ?? [],
          whole: new Set((exact?.results ?? []).map((r) => r.id)),
          looseStories: loose?.filters?.['story'] ?? {},
          wholeStories: exact?.filters?.['story'] ?? {},
        };
      }),
    ),
  );
  const ranked = rankRuns(runs);
  let { hits, stories } = ranked;
  const load = async (r: PagefindResult): Promise<LoadedHit> => ({ id: r.id, fragment: await r.data() });
  // Pagefind's exact search still finds a Japanese term inside a longer word (タイ in タイミング), so the words
  // that matched are read from the records, as long as there are few: pages where a Japanese term is only the
  // start of a longer katakana word go, unless nothing else matches. Beyond that many, the ranking of whole
  // words first stands alone, to keep the download small.
  const japanese = terms.filter((t) => hasJapanese(t));
  if (japanese.length && hits.length <= WORD_CHECK_LIMIT) {
    const loaded = await Promise.all(hits.map(async (h) => ({ h, f: await h.data() })));
    const whole = loaded.filter(({ f }) => {
      const { words } = recordWords(f.raw_content ?? '');
      return (f.locations ?? []).some((l) => {
        const word = (words[l] ?? '').normalize('NFKC').trim();
        // A word of the query itself (捕虜 of 捕虜交換), or one that starts with the query and is not a longer
        // katakana word (停戦協議 for 停戦, but not タイミング for タイ).
        return (
          !hasJapanese(word) ||
          japanese.some((t) => t.normalize('NFKC').includes(word) || (word.startsWith(t.normalize('NFKC')) && !insideLongerWord(word, t)))
        );
      });
    });
    if (whole.length && whole.length < loaded.length) {
      const kept = new Set(whole.map(({ h }) => h.id));
      hits = hits.filter((h) => kept.has(h.id));
      stories = new Set(whole.map(({ f, h }) => f.filters['story']?.[0] ?? h.id));
    }
  }
  if (state.sort !== 'date') {
    let i = 0;
    return { stories, next: async () => (i < hits.length ? load(hits[i++]!) : undefined) };
  }
  const kept = new Set(hits.map((h) => h.id));
  const lists = runs.map((run) => run.loose.filter((r) => kept.has(r.id)));
  const cursor = mergeSorted(lists, load, (a, b) =>
    newestFirst({ isoDate: a.fragment.meta['date'] ?? '' }, { isoDate: b.fragment.meta['date'] ?? '' }),
  );
  const seen = new Set<string>();
  const next: HitSource = async () => {
    for (;;) {
      const [hit] = await cursor.take(1);
      if (!hit) return undefined;
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      return hit;
    }
  };
  return { stories, next };
}

/** One story in the results: the version shown, and the other one it links to. */
interface StoryCard {
  view: ResultView;
  /** The story's version in another language, linked beside the date. */
  other: { lang: Locale; url: string } | undefined;
  /** Set when only that other version matched: the card says so and shows its excerpt. */
  matchedIn: Locale | undefined;
  excerptLang: Locale | undefined;
}

const splitAt = (template: string, name: string): [string, string] => {
  const at = template.indexOf(`{{${name}}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 4)];
};

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
  const suggestion = root?.querySelector<HTMLElement>('[data-search-suggest]');
  const entryBox = root?.querySelector<HTMLElement>('[data-search-entry]');
  if (!root || !configElement || !input || !form || !filters || !status || !list || !more || !template || !suggestion || !entryBox) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as SearchPageConfig;
  const numbers = new Intl.NumberFormat(config.bcp47);

  let loading: Promise<Pagefind> | undefined;
  // A failed load is forgotten, so the next keystroke retries instead of failing until a reload.
  const pagefind = () =>
    (loading ??= loadPagefind(config).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  // The glossary's spellings; without them search still works, only without names across scripts.
  let glossaryLoading: Promise<SearchGlossary> | undefined;
  const glossary = () =>
    (glossaryLoading ??= fetch(config.glossary)
      .then((r) => (r.ok ? (r.json() as Promise<SearchGlossary>) : { entries: [] }))
      .catch(() => ({ entries: [] })));
  /** Bumped by every search, so a slow earlier search never overwrites a newer one's results. */
  let generation = 0;
  let next: HitSource | undefined;
  let storyCount = 0;
  let shownStories = new Set<string>();
  let terms: string[] = [];
  let current: SearchState = parseSearchParams(new URLSearchParams(), []);

  const field = <E extends Element>(item: DocumentFragment, name: string) => item.querySelector<E>(`[data-field="${name}"]`)!;
  const appendParts = (el: Element, parts: ExcerptPart[]) =>
    el.append(
      ...parts.map((part) => {
        if (!part.mark) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );

  const render = ({ view, other, matchedIn, excerptLang }: StoryCard): DocumentFragment => {
    const item = template.content.cloneNode(true) as DocumentFragment;
    const title = field<HTMLAnchorElement>(item, 'title');
    title.href = view.url;
    appendParts(title, view.titleParts);
    const time = document.createElement('time');
    time.dateTime = view.isoDate;
    time.textContent = view.date;
    field(item, 'date').replaceWith(time);
    // The badge only where the story exists in one language: a pair links to its other version instead.
    field(item, 'lang').textContent = other ? '' : view.lang && view.lang !== config.pageLang ? view.langName : '';
    if (other) {
      const link = document.createElement('a');
      link.href = other.url;
      link.hreflang = other.lang;
      link.lang = other.lang;
      link.textContent = config.messages.readVersion[other.lang];
      field(item, 'other').append(link);
    }
    if (matchedIn) field(item, 'matched').textContent = interpolate(config.messages.matchedIn, { language: config.languageNames[matchedIn] });
    const excerpt = field(item, 'excerpt');
    if (view.lang) {
      // Headline and excerpt are in the story's language, which may not be the page's.
      title.lang = view.lang;
      title.hreflang = view.lang;
    }
    if (excerptLang) excerpt.setAttribute('lang', excerptLang);
    appendParts(excerpt, view.excerpt);
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

  /**
   * The version of story `key` in `lang`: the record that one of the spellings matches (with its excerpt), or
   * else the version's record without a match (filters only), flagged `matched: false`.
   */
  const versionIn = async (key: string, lang: Locale): Promise<{ fragment: ResultFragment; matched: boolean } | undefined> => {
    const p = await pagefind();
    const filters = { ...pagefindFilters(current), story: key, language: lang };
    for (const term of terms) {
      const found = await p.search(wholeWordsOnly(term, false) ? `"${term}"` : term, { filters });
      const hit = found?.results.find((r) => r.words.length > 0);
      if (hit) return { fragment: await hit.data(), matched: true };
    }
    const any = (await p.search(null, { filters }))?.results[0];
    return any ? { fragment: await any.data(), matched: false } : undefined;
  };

  const otherOf = (f: ResultFragment) => {
    const lang = f.filters['other']?.[0];
    return lang && (locales as readonly string[]).includes(lang)
      ? { lang: lang as Locale, url: f.url.replace(/^(.*?\/)[a-z]{2}(\/articles\/)/, `$1${lang}$2`) }
      : undefined;
  };

  const card = async (fragment: ResultFragment): Promise<StoryCard> => {
    const matched = toResultView(fragment, config);
    const matchedLang = matched.lang ?? config.pageLang;
    const want = current.lang || config.pageLang;
    const showLang = cardLanguage(matchedLang, fragment.filters, want);
    if (showLang === matchedLang) return { view: matched, other: otherOf(fragment), matchedIn: undefined, excerptLang: matched.lang };
    const version = await versionIn(fragment.filters['story']?.[0] ?? '', showLang);
    if (!version) return { view: matched, other: otherOf(fragment), matchedIn: undefined, excerptLang: matched.lang };
    const view = toResultView(version.fragment, config);
    if (version.matched) return { view, other: { lang: matchedLang, url: matched.url }, matchedIn: undefined, excerptLang: view.lang };
    // Only the other version matched: the headline and link in the reader's language, that version's excerpt.
    return {
      view: { ...view, excerpt: matched.excerpt, titleParts: [{ text: view.title, mark: false }] },
      other: { lang: matchedLang, url: matched.url },
      matchedIn: matchedLang,
      excerptLang: matchedLang,
    };
  };

  /** Renders the next page of stories; returns the first new list item. */
  const showMore = async (current: number): Promise<Element | undefined> => {
    if (!next) return undefined;
    const cards: StoryCard[] = [];
    while (cards.length < PAGE_SIZE) {
      const hit = await next();
      if (current !== generation) return undefined;
      if (!hit) {
        next = undefined;
        break;
      }
      const key = hit.fragment.filters['story']?.[0] ?? hit.id;
      // A story whose other version came first is already on the page.
      if (shownStories.has(key)) continue;
      shownStories.add(key);
      cards.push(await card(hit.fragment));
      if (current !== generation) return undefined;
    }
    const first = list.children.length;
    list.append(...cards.map(render));
    more.hidden = !next || shownStories.size >= storyCount;
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

  /** The language switcher goes to the other language's search page with the same query and filters. */
  const updateSwitcher = (state: SearchState) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[hreflang]')) {
      const url = new URL(link.href, location.href);
      url.search = searchQueryString(state);
      link.href = `${url.pathname}${url.search}`;
    }
  };

  const showEntry = (match: GlossaryMatch | undefined) => {
    entryBox.replaceChildren();
    entryBox.hidden = !match;
    if (!match) return;
    const otherLang = locales.find((l) => l !== config.pageLang)!;
    const label = document.createElement('p');
    label.className = 'search-entry__label';
    label.textContent = config.messages.entryLabel;
    const names = document.createElement('p');
    names.className = 'search-entry__names';
    const link = document.createElement('a');
    link.href = config.glossaryEntry.replace('{id}', match.id);
    link.textContent = match.names[config.pageLang][0] ?? match.id;
    const other = document.createElement('span');
    other.className = 'search-entry__other';
    other.lang = otherLang;
    other.textContent = match.names[otherLang][0] ?? '';
    names.append(link, other);
    const note = document.createElement('p');
    note.className = 'search-entry__note';
    note.textContent = config.messages.entryNote;
    entryBox.append(label, names, note);
  };

  const showSuggestion = (suggested: { name: string } | undefined, state: SearchState) => {
    suggestion.replaceChildren();
    suggestion.hidden = !suggested;
    if (!suggested) return;
    const [before, after] = splitAt(config.messages.didYouMean, 'name');
    const link = document.createElement('a');
    link.href = `${location.pathname}${searchQueryString({ ...state, q: suggested.name })}`;
    link.textContent = suggested.name;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggested.name;
      searchNow();
    });
    suggestion.append(before, link, after);
  };

  const run = async (state: SearchState): Promise<void> => {
    const mine = ++generation;
    current = state;
    // The URL always reflects the search on screen, so it can be bookmarked or shared.
    history.replaceState(history.state, '', `${location.pathname}${searchQueryString(state)}${location.hash}`);
    updateSwitcher(state);
    const q = state.q.trim();
    if (!q) {
      next = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      showEntry(undefined);
      showSuggestion(undefined, state);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const [p, names] = await Promise.all([pagefind(), glossary()]);
      const match = findEntry(q, names);
      terms = searchTerms(q, match);
      const found = await searchStories(p, state, terms);
      if (mine !== generation) return;
      next = found.next;
      storyCount = found.stories.size;
      shownStories = new Set();
      list.replaceChildren();
      showEntry(match);
      showSuggestion(match ? undefined : suggestEntry(q, names, config.pageLang), state);
      await showMore(mine);
      if (mine !== generation) return;
      // Set last: the live region then announces a count that matches what is on screen.
      status.textContent = storyCount
        ? interpolate(pluralTemplate(config.messages.resultCount, storyCount, config.bcp47), {
            count: numbers.format(storyCount),
            query: q,
          })
        : interpolate(config.messages.noResults, { query: q });
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = config.messages.error;
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
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
  input.addEventListener(
    'focus',
    () => {
      void pagefind().catch(() => {});
      void glossary();
    },
    { once: true },
  );
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
  updateSwitcher(initial);
  if (initial.q.trim()) void run(initial);
}

start();
