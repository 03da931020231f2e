import { hasJapanese, JAPANESE_CHAR } from '../shared/japanese';
import type { Locale } from '../shared/locales';

/*
 * From Pagefind's page results to stories: which results count (whole words before prefixes), in what order,
 * and how many stories they make. Pure; the browser script imports it.
 */

/** The part of a Pagefind result this needs. */
export interface PageHit {
  /** Pagefind's record id, `{language}_{hash}`. */
  id: string;
  score: number;
  /** Positions of the words that matched; empty when only the page's metadata (its date) did. */
  words: readonly number[];
}

/** The searches run for one spelling of the query: Pagefind's usual one, and the exact one (`"term"`). */
export interface TermRun<H extends PageHit> {
  term: string;
  /** Results of the usual search, where the last letters of a word may be missing (タイ finds タイミング). */
  loose: readonly H[];
  /** Ids found by the exact search: pages where the term is a whole word. */
  whole: ReadonlySet<string>;
}

/**
 * Whether only whole words may match a spelling. A Japanese term is written without spaces, so a prefix match
 * is a match inside a longer word (タイ in タイミング, ウィトコフ is not ウィリアム): for Japanese, prefix matches
 * count only when no page has the whole word. A single Japanese character (ア, 米) matches whole words only,
 * always: as a prefix it would match most of the archive.
 * @example wholeWordsOnly('タイ', true) // true
 * @example wholeWordsOnly('Zelen', true) // false
 */
export function wholeWordsOnly(term: string, hasWhole: boolean): boolean {
  if (!hasJapanese(term)) return false;
  if ([...term.trim()].length === 1) return true;
  return hasWhole;
}

/**
 * Above this many whole-word matches of a Latin spelling, its prefix-only matches (Zelenskyite for Zelensky) are
 * not searched: they would rank after all of those, and a second search over a word in most of the archive is
 * what a query costs most (about 150 ms at 10,000 stories). Pagefind's own ranking still favours whole words.
 */
export const ENOUGH_WHOLE_MATCHES = 500;

/**
 * Whether a spelling needs Pagefind's usual (prefix) search after its exact one found `wholeMatches` pages. A
 * Japanese spelling counts its prefix matches only when no page has the whole word (`wholeWordsOnly`), so the
 * exact search alone answers it whenever it found something, and always for a single character; a Latin one
 * ranks prefix matches after whole words, so it needs them unless there are plenty of whole words.
 * @example needsPrefixSearch('タイ', 3) // false
 * @example needsPrefixSearch('タイ', 0) // true
 * @example needsPrefixSearch('Zelen', 0) // true
 */
export function needsPrefixSearch(term: string, wholeMatches: number): boolean {
  if (hasJapanese(term)) return wholeMatches === 0 && !wholeWordsOnly(term, false);
  return wholeMatches < ENOUGH_WHOLE_MATCHES;
}

/**
 * Merges the runs of every spelling into one ranked list of pages:
 * - a page found by several spellings counts once, with its best score;
 * - pages where a spelling is a whole word come before pages found only by a prefix (Zelensky before
 *   Zelenskyite), then by score;
 * - Japanese spellings drop their prefix-only pages (see `wholeWordsOnly`).
 * @example rankRuns([{ term: 'タイ', loose: [{ id: 'ja_1', score: 2, words: [4] }, { id: 'ja_2', score: 3, words: [9] }], whole: new Set(['ja_1']) }]) // [{ id: 'ja_1', …, whole: true }]
 */
export function rankRuns<H extends PageHit>(runs: readonly TermRun<H>[]): (H & { whole: boolean })[] {
  const best = new Map<string, H & { whole: boolean }>();
  for (const run of runs) {
    const strict = wholeWordsOnly(run.term, run.whole.size > 0);
    for (const hit of run.loose) {
      // Pagefind also searches metadata; a page none of whose words matched is not a match for a reader.
      if (hit.words.length === 0) continue;
      const whole = run.whole.has(hit.id);
      if (strict && !whole) continue;
      const seen = best.get(hit.id);
      if (!seen) best.set(hit.id, { ...hit, whole });
      else if (hit.score > seen.score || (whole && !seen.whole))
        best.set(hit.id, { ...hit, whole: whole || seen.whole, score: Math.max(hit.score, seen.score) });
    }
  }
  return [...best.values()].sort((a, b) => Number(b.whole) - Number(a.whole) || b.score - a.score);
}

/**
 * The words Pagefind searches a term as in an index of `lang`: a language written without spaces (Japanese) is
 * cut into words as Pagefind cuts it (`Intl.Segmenter`); others at spaces.
 * @example queryWords('prisoner exchange', 'en') // ['prisoner', 'exchange']
 * @example queryWords('捕虜交換', 'ja') // ['捕虜', '交換']
 */
export function queryWords(term: string, lang: string): string[] {
  if (lang === 'ja' && typeof Intl.Segmenter === 'function') {
    return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return term.split(/\s+/).filter(Boolean);
}

/**
 * Whether a word a record matched is one Pagefind found for a query word as a single index would: the query word
 * itself, a word it starts (Zelenskyite for Zelensky) or one sharing its stem (negotiate for negotiations: the
 * stemmer cuts at most a few letters). An index without any word that starts with the query's stem takes the
 * longest word the query starts with instead (a for archive), and an index in parts does so part by part; such a
 * word shares fewer letters with the query.
 * @example matchesQueryWord('archive', 'archives') // true
 * @example matchesQueryWord('a', 'archive') // false
 * @example matchesQueryWord('タイミング', 'タイ') // true
 * @example matchesQueryWord('タ', 'タイ') // false
 */
export function matchesQueryWord(word: string, query: string): boolean {
  const w = normalizeWord(word);
  const q = normalizeWord(query);
  if (!w || !q) return false;
  if (w.startsWith(q)) return true;
  if (hasJapanese(q)) return false;
  let shared = 0;
  while (shared < w.length && shared < q.length && w[shared] === q[shared]) shared++;
  return shared >= Math.max(1, q.length - 4) && shared >= Math.min(q.length, 3);
}

/** A word as the index compares it: NFKC, lower case, without the punctuation around it. */
const normalizeWord = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The language of a Pagefind record, from its id (`ja_c4d8a64`: Pagefind names records after their index). */
export const recordLanguage = (id: string): string => id.slice(0, Math.max(0, id.indexOf('_')));

/** Which writing a language's stories contain: Japanese, and anything else (Latin letters, digits). */
export interface Scripts {
  japanese: boolean;
  other: boolean;
}

/**
 * What the search page knows of the archive from the build, without any index: how many stories there are,
 * which of them lack a version in a language, and which writing each language's stories contain.
 */
export interface SearchArchive {
  /** Stories in the index (each story's place in the `order` sort is 0 for the newest to `stories - 1`). */
  stories: number;
  /** Per language, the places of the stories that have no version in it, ascending. */
  missing: Record<Locale, number[]>;
  scripts: Record<Locale, Scripts>;
}

const NOT_JAPANESE_WORD = /[\p{L}\p{N}]/u;
const JAPANESE_CHARS = new RegExp(JAPANESE_CHAR.source, 'gu');

/**
 * The writing a text contains.
 * @example textScripts('ゼレンスキー氏、NATOに言及') // { japanese: true, other: true }
 * @example textScripts('停戦') // { japanese: true, other: false }
 */
export function textScripts(text: string): Scripts {
  return { japanese: hasJapanese(text), other: NOT_JAPANESE_WORD.test(text.replace(JAPANESE_CHARS, '')) };
}

/**
 * The archive as the search page needs it, from the stories newest first (the `order` the index sorts by).
 * A version's writing is read from its headline, lead and body (its rendered HTML): markup adds Latin letters,
 * which only makes the search load a language's index for a query it cannot match, never the reverse. A version
 * whose body is unknown (`undefined`: an MDX story, rendered only on its page) counts as containing every writing.
 * @example searchArchive([{ versions: { ja: { title: '停戦', body: '<p>停戦</p>' } } }], ['ja', 'en']) // { stories: 1, missing: { ja: [], en: [0] }, scripts: { ja: { japanese: true, other: true }, en: { japanese: false, other: false } } }
 */
export function searchArchive(
  stories: readonly { versions: Partial<Record<Locale, { title: string; lead?: string | undefined; body?: string | undefined }>> }[],
  languages: readonly Locale[],
): SearchArchive {
  const missing = Object.fromEntries(languages.map((l) => [l, [] as number[]])) as Record<Locale, number[]>;
  const scripts = Object.fromEntries(languages.map((l) => [l, { japanese: false, other: false }])) as Record<Locale, Scripts>;
  stories.forEach((story, place) => {
    for (const l of languages) {
      const version = story.versions[l];
      if (!version) {
        missing[l].push(place);
        continue;
      }
      const seen = scripts[l];
      if (seen.japanese && seen.other) continue;
      const found =
        version.body === undefined ? { japanese: true, other: true } : textScripts(`${version.title}\n${version.lead ?? ''}\n${version.body}`);
      seen.japanese ||= found.japanese;
      seen.other ||= found.other;
    }
  });
  return { stories: stories.length, missing, scripts };
}

/**
 * The language indexes a query's spellings can match: those whose stories contain the writing of a spelling.
 * A Japanese word needs only the Japanese index when no English story contains Japanese; a Latin name needs both,
 * since Japanese stories write names like NATO in Latin letters.
 * @example languagesFor(['停戦'], archive, ['ja', 'en']) // ['ja'] when no English story contains Japanese
 */
export function languagesFor(terms: readonly string[], archive: SearchArchive, available: readonly Locale[]): Locale[] {
  const wanted = terms.map(textScripts);
  return available.filter((l) => {
    const has = archive.scripts[l];
    return !!has && wanted.some((w) => (w.japanese && has.japanese) || (w.other && has.other));
  });
}

/**
 * The index Pagefind loads first, on focus, before the query is known: one that every query needs, i.e. whose
 * stories contain every writing any language's stories contain (Japanese stories also write Latin names);
 * the page's own language when it is one of them.
 * @example primaryLanguage(archive, 'en', ['en', 'ja']) // 'ja' when English stories contain no Japanese
 */
export function primaryLanguage(archive: SearchArchive, pageLang: Locale, available: readonly Locale[]): Locale {
  const all = available.reduce(
    (acc, l) => ({ japanese: acc.japanese || !!archive.scripts[l]?.japanese, other: acc.other || !!archive.scripts[l]?.other }),
    {
      japanese: false,
      other: false,
    },
  );
  const covers = (l: Locale) => (!all.japanese || !!archive.scripts[l]?.japanese) && (!all.other || !!archive.scripts[l]?.other);
  const ordered = [pageLang, ...available.filter((l) => l !== pageLang)].filter((l) => available.includes(l));
  return ordered.find(covers) ?? ordered[0] ?? pageLang;
}

/** One story among the results: the first of its pages in the ranking, and its page in each language that matched. */
export interface StoryGroup<H> {
  key: string;
  /** The story's place in the archive, newest first; undefined when unknown (then the group is one page). */
  place: number | undefined;
  first: H;
  pages: Partial<Record<string, H>>;
}

/**
 * Groups ranked pages into stories, in the order of each story's best page: the pages of one story (one per
 * language) share its place in the archive; a page whose place is unknown is a story of its own.
 * @example groupStories([{ id: 'en_a' }, { id: 'ja_b' }], (h) => 7) // [{ key: '7', place: 7, first: en_a, pages: { en: en_a, ja: ja_b } }]
 */
export function groupStories<H extends { id: string }>(hits: readonly H[], placeOf: (hit: H) => number | undefined): StoryGroup<H>[] {
  const groups = new Map<string, StoryGroup<H>>();
  for (const hit of hits) {
    const place = placeOf(hit);
    const key = place === undefined ? hit.id : String(place);
    const lang = recordLanguage(hit.id);
    const group = groups.get(key);
    if (!group) groups.set(key, { key, place, first: hit, pages: { [lang]: hit } });
    else group.pages[lang] ??= hit;
  }
  return [...groups.values()];
}

/**
 * Newest first, for the date sort: by place in the archive (0 is the newest story); groups of unknown place
 * keep their rank order after the others.
 * @example newestStoriesFirst([{ place: 5 }, { place: 1 }]) // [{ place: 1 }, { place: 5 }]
 */
export function newestStoriesFirst<G extends { place: number | undefined }>(groups: readonly G[]): G[] {
  return [...groups].sort((a, b) => (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER));
}

/**
 * Which version of a story a result card shows: the one in `want` (the language filter, else the page's
 * language) when the story has it (the record's `other` filter names it), else the one that matched.
 * @example cardLanguage('ja', { other: ['en'] }, 'en') // 'en'
 * @example cardLanguage('ja', {}, 'en') // 'ja' (no English version)
 */
export function cardLanguage(matched: Locale, filters: Readonly<Record<string, readonly string[] | undefined>>, want: Locale): Locale {
  if (matched === want) return matched;
  return filters['other']?.includes(want) ? want : matched;
}

// Katakana letters and the prolonged sound mark, as the glossary matcher counts them (src/shared/glossary/matcher.ts).
const KATAKANA = /[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF]/;

/**
 * Whether a matched word of a Japanese record holds `term` only as the start of a longer katakana word: タイ in
 * タイミング, ウィトコフ never being a prefix of a name that goes on in katakana. Kanji compounds name their parts
 * (停戦 in 停戦協議) and are matches.
 * @example insideLongerWord('タイミング', 'タイ') // true
 * @example insideLongerWord('タイ', 'タイ') // false
 * @example insideLongerWord('停戦協議', '停戦') // false
 */
export function insideLongerWord(word: string, term: string): boolean {
  const w = word.normalize('NFKC').trim();
  const t = term.normalize('NFKC').trim();
  if (!w.startsWith(t) || w.length === t.length) return !w.startsWith(t);
  return KATAKANA.test(t[t.length - 1]!) && KATAKANA.test(w[t.length]!);
}
