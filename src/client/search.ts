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
  pagefindFilters,
  parseSearchParams,
  pluralTemplate,
  searchQueryString,
  toResultView,
  type ExcerptPart,
  type PagefindEntry,
  type ResultFragment,
  type ResultView,
  type SearchState,
} from '../lib/search';
import { findEntry, languagesAhead, searchTerms, suggestEntry, type GlossaryMatch, type SearchGlossary } from '../lib/search-glossary';
import {
  cardLanguage,
  groupStories,
  insideLongerWord,
  languagesFor,
  needsPrefixSearch,
  newestStoriesFirst,
  primaryLanguage,
  rankRuns,
  matchesQueryWord,
  queryWords,
  recordLanguage,
  type SearchArchive,
  type StoryGroup,
  type TermRun,
} from '../lib/search-stories';
import { matchedWords } from '../lib/search-excerpt';
import { hasJapanese } from '../shared/japanese';
import type { SearchPageConfig } from '../lib/search-config';
import { dealRecords, languageParts, partFilter, partOf } from '../shared/search-parts';

/** A part of a language's index as the page merged it. */
interface MergedPart {
  lang: Locale;
  part: number;
  places: readonly number[];
}

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
  destroy: () => Promise<void>;
}

/** Stories rendered at a time; each one costs a fragment download. */
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
  destroy: async () => {},
};

/**
 * Pagefind with the language indexes loaded so far. Each index costs its metadata (a list of every page in it:
 * about 100 KB at 10,000 stories), so only the one every query needs is loaded first (`primaryLanguage`), and
 * another one when a query's spellings can match its stories (`languagesFor`), e.g. the English index for a
 * Latin name but not for 停戦.
 */
interface LoadedSearch {
  pagefind: Pagefind;
  archive: SearchArchive;
  /** The languages that have an index; `load` merges those not merged yet. */
  available: Locale[];
  load: (languages: readonly Locale[]) => Promise<void>;
  /** Each language's records by story place, once `load` merged it and `places` ran. */
  places: (languages: readonly Locale[]) => Promise<ReadonlyMap<string, number>>;
  /** Whether any of these languages' indexes is in more than one part. */
  inParts: (languages: readonly Locale[]) => boolean;
  /** The part a record is in (its `part` filter), once `places` mapped its language. */
  partOf: (id: string) => string | undefined;
}

/**
 * Loads Pagefind with its primary index.
 *
 * The primary index decides which WebAssembly module (and so which stemmer) runs every query; the build gives
 * the English stemmer's module to the Japanese index too (`mergeEntries`), so Japanese can be the primary index.
 * Pagefind reads the primary language from `<html lang>` with no option to override it, so the attribute is
 * swapped for the synchronous part of `init()` only, the workaround Pagefind's maintainer gives in
 * https://github.com/Pagefind/pagefind/issues/593 (Pagefind does not watch the attribute afterwards). The other
 * languages are merged from the same bundle: `mergeIndex` skips a path that equals the primary bundle's, hence
 * the absolute URL, and `baseUrl` keeps result URLs site-relative.
 */
async function loadPagefind(config: SearchPageConfig): Promise<LoadedSearch> {
  const [entry, module] = await Promise.all([
    fetch(`${config.bundle}pagefind-entry.json`).then((r) => {
      if (!r.ok) throw new Error(`Search index not found (${r.status})`);
      return r.json() as Promise<PagefindEntry>;
    }),
    import(/* @vite-ignore */ `${config.bundle}pagefind.js`) as Promise<Pagefind>,
  ]);
  // Pagefind's functions act on one instance per page, which `destroy` drops; a call after it would quietly start
  // a new one with default options (the page's <html lang> as primary). So once this load is dropped, whatever
  // it started and still runs (a merge, a preload, a mapping) is refused instead.
  let dropped = false;
  const refused = () => Promise.reject(new Error('Search was loaded again'));
  const pagefind: Pagefind = {
    options: (options) => (dropped ? refused() : module.options(options)),
    init: () => (dropped ? refused() : module.init()),
    mergeIndex: (url, options) => (dropped ? refused() : module.mergeIndex(url, options)),
    search: (term, options) => (dropped ? refused() : module.search(term, options)),
    preload: (term, options) => (dropped ? refused() : module.preload(term, options)),
    destroy: () => {
      dropped = true;
      return module.destroy();
    },
  };
  const available = locales.filter((l) => entry.languages[l]);
  // A site with no story yet has an index without languages, which Pagefind refuses to load: nothing to find.
  if (!available.length)
    return {
      pagefind: nothingToSearch,
      archive: config.archive,
      available,
      load: async () => {},
      places: async () => new Map(),
      inParts: () => false,
      partOf: () => undefined,
    };
  const primary = primaryLanguage(config.archive, config.pageLang, available);
  // Each language's index is in parts (src/shared/search-parts.ts), newest first; the newest part of each
  // language is served from the bundle folder itself, the older ones from folders below it.
  const partsOf = new Map(available.map((l) => [l, languageParts(config.archive.stories, config.archive.missing[l] ?? [], config.partSize)]));
  await pagefind.options({ baseUrl: config.base, excerptLength: 24 });
  const html = document.documentElement;
  const pageLang = html.getAttribute('lang') ?? config.pageLang;
  html.setAttribute('lang', primary);
  const ready = pagefind.init();
  html.setAttribute('lang', pageLang);
  await ready;
  // Every part's index gets a `part` filter of its own (Pagefind's `mergeFilter`, kept in memory, no file), so
  // that one search can list the records of one part.
  const [newest] = partsOf.get(primary)!;
  await pagefind.options({ mergeFilter: { part: partFilter(primary, newest!.part) } });
  const bundleUrl = new URL(config.bundle, location.href).href;
  const merging = new Map<Locale, Promise<void>>();
  /** Every part given to Pagefind, in the order it was (the order of its indexes). */
  const mergeOrder: MergedPart[] = [{ lang: primary, part: newest!.part, places: newest!.places }];
  const load = async (languages: readonly Locale[]) => {
    for (const language of languages) {
      if (!available.includes(language) || merging.has(language)) continue;
      const parts = partsOf.get(language)!.filter((p) => !(language === primary && p.folder === ''));
      const merge = Promise.all(
        parts.map((p) => {
          mergeOrder.push({ lang: language, part: p.part, places: p.places });
          return pagefind.mergeIndex(`${bundleUrl}${p.folder}`, {
            language,
            baseUrl: config.base,
            mergeFilter: { part: partFilter(language, p.part) },
          });
        }),
      ).then(
        () => {
          // Queries across languages group records by story: map the new index's records now, while the
          // reader is still typing, rather than when their query runs.
          places([language]).catch((error: unknown) => console.error(error));
        },
        // Pagefind keeps an index that failed to merge and fails every search after it: the query says so, and the
        // next one loads Pagefind again (`forgetPagefind` in start()).
        (error: unknown) => console.error(error),
      );
      merging.set(language, merge);
    }
    await Promise.all(languages.map((l) => merging.get(l)));
  };

  // Which story a record belongs to: one search for every page in the order sort (the archive newest first,
  // src/content/stories.ts) lists each part's records in the order of its stories, so the i-th record of a part
  // is the part's i-th story that has a version in its language. Pagefind returns the parts' records place by
  // place, in the order the parts were merged (`dealRecords`); each record's language checks the dealing. No
  // page or filter file is loaded for it: Pagefind returns record ids only. Should the dealing not fit, each part
  // is asked for its own records with its `part` filter, one search per part.
  const placeOf = new Map<string, number>();
  const byPart = async ({ lang, part, places: own }: MergedPart) => {
    const name = partFilter(lang, part);
    const records = (await pagefind.search(null, { filters: { part: name }, sort: { order: 'asc' } }))?.results ?? [];
    // An index that does not hold the stories the page was built with (a stale bundle): no grouping rather
    // than a wrong one.
    if (records.length === own.length) records.forEach((r, i) => placeOf.set(r.id, own[i]!));
    else console.error(`Search: the ${name} index holds ${records.length} stories, the page knows ${own.length}`);
  };
  let mappedParts = 0;
  let mapping: Promise<void> | undefined;
  const mapMerged = async () => {
    const parts = mergeOrder.slice();
    const records = (await pagefind.search(null, { sort: { order: 'asc' } }))?.results ?? [];
    const dealt = dealRecords(
      records,
      parts.map((p) => p.places.length),
    );
    if (dealt && dealt.every((own, i) => own.every((r) => recordLanguage(r.id) === parts[i]!.lang))) {
      dealt.forEach((own, i) => own.forEach((r, j) => placeOf.set(r.id, parts[i]!.places[j]!)));
    } else {
      await Promise.all(parts.slice(mappedParts).map(byPart));
    }
    mappedParts = parts.length;
  };
  const places = async (languages: readonly Locale[]) => {
    await load(languages);
    // Twice at most: parts merged while an earlier mapping ran are mapped by the next one.
    for (let pass = 0; pass < 2 && mappedParts < mergeOrder.length; pass++) {
      await (mapping ??= mapMerged().finally(() => (mapping = undefined)));
    }
    return placeOf;
  };
  const inParts = (languages: readonly Locale[]) => languages.some((l) => (partsOf.get(l)?.length ?? 0) > 1);
  const partOfRecord = (id: string) => {
    const place = placeOf.get(id);
    const lang = recordLanguage(id);
    return place === undefined ? undefined : partFilter(lang, partOf(place, config.archive.stories, config.partSize));
  };
  return { pagefind, archive: config.archive, available, load, places, inParts, partOf: partOfRecord };
}

/**
 * Runs every spelling of the query (the query itself, and an entry's other spellings) the usual way and exactly,
 * in the language indexes they can match, and returns the matching stories in display order: by relevance,
 * the order of each story's best page; newest first, the order of the archive.
 */
async function searchStories(search: LoadedSearch, state: SearchState, terms: string[]): Promise<StoryGroup<PagefindResult>[]> {
  const languages = languagesFor(terms, search.archive, search.available).filter((l) => !state.lang || l === state.lang);
  if (!languages.length) return [];
  await search.load(languages);
  const { pagefind } = search;
  // Only the topic is a Pagefind filter: the language is the index a record comes from, so no filter file is
  // downloaded for it.
  const filters = pagefindFilters({ lang: '', topic: state.topic });
  const runs = await Promise.all(
    terms.map(async (term): Promise<TermRun<PagefindResult>> => {
      const inLanguages = (results: PagefindResult[] | undefined) =>
        (results ?? []).filter((r) => (languages as string[]).includes(recordLanguage(r.id)));
      // The exact search first: it is the whole answer when the usual (prefix) search could add nothing that
      // counts (`needsPrefixSearch`), which saves a second search over every page a common word is in.
      const exact = inLanguages((await pagefind.search(`"${term.replace(/"/g, '')}"`, { filters }))?.results);
      let loose = needsPrefixSearch(term, exact.length) ? inLanguages((await pagefind.search(term, { filters }))?.results) : exact;
      if (loose !== exact && search.inParts(languages)) loose = await withoutStandIns(search, languages, term, loose, exact);
      return { term, loose, whole: new Set(exact.map((r) => r.id)) };
    }),
  );
  let hits = rankRuns(runs);
  // Pagefind's exact search still finds a Japanese term inside a longer word (タイ in タイミング), so the words
  // that matched are read from the records, as long as there are few: pages where a Japanese term is only the
  // start of a longer katakana word go, unless nothing else matches. Beyond that many, the ranking of whole
  // words first stands alone, to keep the download small.
  const japanese = terms.filter((t) => hasJapanese(t));
  if (japanese.length && hits.length <= WORD_CHECK_LIMIT) {
    const loaded = await Promise.all(hits.map(async (h) => ({ h, f: await h.data() })));
    const whole = loaded.filter(({ f }) =>
      matchedWords(f).some((matched) => {
        const word = matched.normalize('NFKC').trim();
        // A word of the query itself (捕虜 of 捕虜交換), or one that starts with the query and is not a longer
        // katakana word (停戦協議 for 停戦, but not タイミング for タイ).
        return (
          !hasJapanese(word) ||
          japanese.some((t) => t.normalize('NFKC').includes(word) || (word.startsWith(t.normalize('NFKC')) && !insideLongerWord(word, t)))
        );
      }),
    );
    if (whole.length && whole.length < loaded.length) {
      const kept = new Set(whole.map(({ h }) => h.id));
      hits = hits.filter((h) => kept.has(h.id));
    }
  }
  // In one language every record is a story of its own, and only the date order needs the stories' places;
  // across languages, the records of one story share its place.
  const placeOf = languages.length > 1 || state.sort === 'date' ? await search.places(languages) : new Map<string, number>();
  const groups = groupStories(hits, (h) => placeOf.get(h.id));
  return state.sort === 'date' ? newestStoriesFirst(groups) : groups;
}

/**
 * Drops what the parts of an index found for words they do not hold. A single index looks a query word up among
 * all the archive's words; each part looks it up among its own, and a part without any word that starts with it
 * takes the longest word the query word starts with instead (a for archive), or leaves the word out of a query of
 * several: its pages then match what one index would not. All of a part's pages were found the same way, so the
 * part's best page is read (one fragment), and the part's pages go when that page lacks a query word that some
 * part holds. Parts where the term matched exactly hold every word and are not read.
 */
async function withoutStandIns(
  search: LoadedSearch,
  languages: readonly Locale[],
  term: string,
  loose: PagefindResult[],
  exact: PagefindResult[],
): Promise<PagefindResult[]> {
  await search.places(languages);
  const sure = new Set(exact.map((r) => search.partOf(r.id)));
  const best = new Map<string, PagefindResult>();
  for (const hit of loose) {
    const part = search.partOf(hit.id);
    if (part === undefined || sure.has(part)) continue;
    const seen = best.get(part);
    if (!seen || hit.score > seen.score) best.set(part, hit);
  }
  const checked = await Promise.all(
    [...best].map(async ([part, hit]) => {
      const matched = matchedWords(await hit.data());
      const wanted = queryWords(term, recordLanguage(hit.id));
      return { part, found: new Map(wanted.map((q) => [q, matched.some((w) => matchesQueryWord(w, q))])) };
    }),
  );
  // A word no part holds is left out by every part, as one index would leave it out: only the words some part
  // holds count. Where the term matched exactly, the archive holds every word.
  const held = (q: string) => sure.size > 0 || checked.some(({ found }) => found.get(q));
  const standIns = new Set(checked.filter(({ found }) => [...found].some(([q, ok]) => !ok && held(q))).map(({ part }) => part));
  return standIns.size ? loose.filter((r) => !standIns.has(search.partOf(r.id) ?? '')) : loose;
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

  let loading: Promise<LoadedSearch> | undefined;
  /** Pagefind dropping all it loaded, which the next load waits for. */
  let dropping: Promise<void> = Promise.resolve();
  // A failed load is forgotten, so the next keystroke retries instead of failing until a reload.
  const pagefind = () =>
    (loading ??= dropping
      .then(() => loadPagefind(config))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  // An index that fails to load (a dropped connection) stays in Pagefind, which then fails every search, so after a
  // failed search Pagefind drops all it loaded and the next query loads it again.
  const forgetPagefind = () => {
    const current = loading;
    loading = undefined;
    if (current) dropping = current.then((search) => search.pagefind.destroy()).catch(() => {});
  };
  // The glossary's spellings; without them search still works, only without names across scripts.
  let glossaryLoading: Promise<SearchGlossary> | undefined;
  const glossary = () =>
    (glossaryLoading ??= fetch(config.glossary)
      .then((r) => (r.ok ? (r.json() as Promise<SearchGlossary>) : { entries: [] }))
      .catch(() => ({ entries: [] })));
  /** Bumped by every search, so a slow earlier search never overwrites a newer one's results. */
  let generation = 0;
  /** The stories of the search on screen, in display order, and how many of them are shown. */
  let stories: StoryGroup<PagefindResult>[] = [];
  let shown = 0;
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

  const otherOf = (f: ResultFragment) => {
    const lang = f.filters['other']?.[0];
    return lang && (locales as readonly string[]).includes(lang)
      ? { lang: lang as Locale, url: f.url.replace(/^(.*?\/)[a-z]{2}(\/articles\/)/, `$1${lang}$2`) }
      : undefined;
  };

  /**
   * The card of a story: its version in the reader's language (the language filter, else the page's) when that
   * version matched; else the version that matched, under the headline of the reader's version when the story
   * has one (carried in the record, `other_title`), saying where the match is.
   */
  const card = async (group: StoryGroup<PagefindResult>): Promise<StoryCard> => {
    const want = current.lang || config.pageLang;
    const hit = group.pages[want] ?? group.first;
    const fragment = await hit.data();
    const matched = toResultView(fragment, config);
    const matchedLang = matched.lang ?? config.pageLang;
    const other = otherOf(fragment);
    const showLang = cardLanguage(matchedLang, fragment.filters, want);
    const title = fragment.filters['other_title']?.[0];
    if (showLang === matchedLang || !other || !title) return { view: matched, other, matchedIn: undefined, excerptLang: matched.lang };
    // Only the other version matched: the headline and link in the reader's language, that version's excerpt.
    return {
      view: { ...matched, url: other.url, lang: showLang, title, titleParts: [{ text: title, mark: false }] },
      other: { lang: matchedLang, url: matched.url },
      matchedIn: matchedLang,
      excerptLang: matchedLang,
    };
  };

  /** Renders the next page of stories; returns the first new list item. */
  const showMore = async (mine: number): Promise<Element | undefined> => {
    const page = stories.slice(shown, shown + PAGE_SIZE);
    const cards = await Promise.all(page.map(card));
    if (mine !== generation) return undefined;
    shown += page.length;
    const first = list.children.length;
    list.append(...cards.map(render));
    more.hidden = shown >= stories.length;
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
      stories = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      showEntry(undefined);
      showSuggestion(undefined, state);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const [search, names] = await Promise.all([pagefind(), glossary()]);
      const match = findEntry(q, names);
      const found = await searchStories(search, state, searchTerms(q, match));
      if (mine !== generation) return;
      stories = found;
      shown = 0;
      list.replaceChildren();
      showEntry(match);
      showSuggestion(match ? undefined : suggestEntry(q, names, config.pageLang), state);
      await showMore(mine);
      if (mine !== generation) return;
      // Set last: the live region then announces a count that matches what is on screen.
      status.textContent = stories.length
        ? interpolate(pluralTemplate(config.messages.resultCount, stories.length, config.bcp47), {
            count: numbers.format(stories.length),
            query: q,
          })
        : interpolate(config.messages.noResults, { query: q });
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      forgetPagefind();
      list.replaceChildren();
      more.hidden = true;
      status.textContent = config.messages.error;
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  /** Loads what searching for `q` will need: the indexes its spellings can match and their chunks. */
  const prefetch = async (q: string) => {
    const [search, names] = await Promise.all([pagefind(), glossary()]);
    const state = readState();
    const spellings = searchTerms(q, findEntry(q, names));
    // The indexes of what the text may still become (a name's spellings in the other script) are fetched too.
    await search.load(languagesAhead(spellings, q, names, search.archive, search.available).filter((l) => !state.lang || l === state.lang));
    const filters = pagefindFilters({ lang: '', topic: state.topic });
    await Promise.all(spellings.map((t) => search.pagefind.preload(t, { filters })));
  };

  const searchSoon = debounce(() => void run(readState()), DEBOUNCE_MS);
  const searchNow = () => {
    searchSoon.cancel();
    void run(readState());
  };

  /** Typed text, or text a Japanese IME committed: fetch what it needs while the debounce waits, then search. */
  const typed = () => {
    const q = input.value.trim();
    if (q) prefetch(q).catch(() => {});
    searchSoon();
  };
  input.addEventListener('input', (event) => {
    // Wait for a Japanese IME to commit the text instead of searching for half-converted kana.
    if (!(event as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
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
