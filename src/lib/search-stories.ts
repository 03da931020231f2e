import { hasJapanese } from '../shared/japanese';
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
  /** Story keys (the `story` filter) with their page counts, in the loose and the exact search. */
  looseStories: Readonly<Record<string, number>>;
  wholeStories: Readonly<Record<string, number>>;
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
 * Merges the runs of every spelling into one ranked list of pages and the stories they belong to:
 * - a page found by several spellings counts once, with its best score;
 * - pages where a spelling is a whole word come before pages found only by a prefix (Zelensky before
 *   Zelenskyite), then by score;
 * - Japanese spellings drop their prefix-only pages (see `wholeWordsOnly`).
 * `stories` are the story keys of the pages kept, for the count: it is taken from Pagefind's filter counts,
 * without loading any page.
 * @example rankRuns([{ term: 'タイ', loose: [{ id: 'ja_1', score: 2, words: [4] }, { id: 'ja_2', score: 3, words: [9] }], whole: new Set(['ja_1']), looseStories: { a: 1, b: 1 }, wholeStories: { a: 1 } }]) // { hits: [{ id: 'ja_1', … }], stories: Set { 'a' } }
 */
export function rankRuns<H extends PageHit>(runs: readonly TermRun<H>[]): { hits: (H & { whole: boolean })[]; stories: Set<string> } {
  const best = new Map<string, H & { whole: boolean }>();
  const stories = new Set<string>();
  for (const run of runs) {
    const strict = wholeWordsOnly(run.term, run.whole.size > 0);
    const counts = strict ? run.wholeStories : run.looseStories;
    for (const [key, count] of Object.entries(counts)) if (count > 0) stories.add(key);
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
  const hits = [...best.values()].sort((a, b) => Number(b.whole) - Number(a.whole) || b.score - a.score);
  return { hits, stories };
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
