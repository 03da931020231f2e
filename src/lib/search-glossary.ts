import { locales, type Locale } from '../shared/locales';
import { closestName } from '../shared/suggest';
import { languagesFor, type SearchArchive } from './search-stories';

/*
 * The glossary as the search page uses it: a query that is a name or variant in either language is also run
 * for the entry's other spellings, and a near miss gets "Did you mean …?". Pure; the browser script imports it.
 */

/**
 * One entry, as the search page downloads it: its id, then per language the house spelling first and the
 * variants after it (`[id, ja, en]`). Arrays, not objects, so that the file stays small at scale.
 */
export type SearchGlossaryEntry = [id: string, ja: string[], en: string[]];

/** What `/search-glossary.json` holds. */
export interface SearchGlossary {
  entries: SearchGlossaryEntry[];
}

/** An entry with its spellings by language. */
export interface GlossaryMatch {
  id: string;
  names: Record<Locale, string[]>;
}

const sides = (entry: SearchGlossaryEntry): Record<Locale, string[]> => ({ ja: entry[1], en: entry[2] });

/**
 * A query as compared with the glossary: NFKC (full-width letters, half-width katakana), lower case, single
 * spaces.
 * @example foldQuery('  ＺＥＬＥＮＳＫＹＹ ') // 'zelenskyy'
 */
export const foldQuery = (q: string): string => q.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');

/**
 * The entry whose name or variant, in either language, is the whole query.
 * @example findEntry('Zelenskyy', { entries: [['zelensky', ['ゼレンスキー'], ['Zelensky', 'Zelenskyy']]] })?.id // 'zelensky'
 */
export function findEntry(q: string, glossary: SearchGlossary): GlossaryMatch | undefined {
  const wanted = foldQuery(q);
  if (!wanted) return undefined;
  const entry = glossary.entries.find((e) => [...e[1], ...e[2]].some((s) => foldQuery(s) === wanted));
  return entry ? { id: entry[0], names: sides(entry) } : undefined;
}

/**
 * Every spelling to search for a query that names an entry: the query as typed first, then the house spellings
 * and variants of both languages, each once.
 * @example searchTerms('Zelenskyy', { id: 'zelensky', names: { ja: ['ゼレンスキー'], en: ['Zelensky', 'Zelenskyy'] } }) // ['Zelenskyy', 'ゼレンスキー', 'Zelensky']
 */
export function searchTerms(q: string, match: GlossaryMatch | undefined): string[] {
  const terms = [q.trim()];
  const seen = new Set(terms.map(foldQuery));
  for (const lang of locales) {
    for (const spelling of match?.names[lang] ?? []) {
      if (seen.has(foldQuery(spelling))) continue;
      seen.add(foldQuery(spelling));
      terms.push(spelling);
    }
  }
  return terms;
}

/** How much of a name must be typed before its entry's other spellings are fetched for ahead of time. */
const AHEAD_MIN_LENGTH = 2;

/** Katakana (and its long-vowel mark and middle dot): how Japanese writes foreign names. */
const KATAKANA_ONLY = /^[\p{sc=Katakana}ー・]+$/u;

/**
 * The spellings of every entry that one of whose names or variants starts with the katakana typed so far (at
 * least two characters): the name the query may become. The search page fetches the indexes those spellings
 * need while the reader is still typing, so that アンカラ, which is also run as Ankara, does not wait for the
 * English index after the last key. Katakana only: a kanji word (安全) is more often a word of its own than the
 * start of a glossary term (安全の保証), and Latin text needs every index anyway.
 * @example spellingsAhead('アン', { entries: [['ankara', ['アンカラ'], ['Ankara']]] }) // ['アンカラ', 'Ankara']
 * @example spellingsAhead('ア', { entries: [['ankara', ['アンカラ'], ['Ankara']]] }) // []
 */
export function spellingsAhead(typed: string, glossary: SearchGlossary): string[] {
  const wanted = foldQuery(typed);
  if ([...wanted].length < AHEAD_MIN_LENGTH || !KATAKANA_ONLY.test(wanted)) return [];
  const found = new Set<string>();
  for (const entry of glossary.entries) {
    const spellings = [...entry[1], ...entry[2]];
    if (spellings.some((s) => foldQuery(s).startsWith(wanted))) for (const s of spellings) found.add(s);
  }
  return [...found];
}

/**
 * The language indexes to fetch while the reader types `typed`: those its `spellings` need (`searchTerms`, which
 * the caller has for the chunks too), and those of the names it may still become ({@link spellingsAhead}).
 * @example languagesAhead(['アン'], 'アン', { entries: [['ankara', ['アンカラ'], ['Ankara']]] }, archive, ['ja', 'en']) // ['ja', 'en']
 */
export function languagesAhead(
  spellings: readonly string[],
  typed: string,
  glossary: SearchGlossary,
  archive: SearchArchive,
  available: readonly Locale[],
): Locale[] {
  return languagesFor([...spellings, ...spellingsAhead(typed, glossary)], archive, available);
}

/**
 * The entry a misspelt query most likely means ("Zelenksy" → Zelensky), within the edit distance the site's
 * other suggestions allow (`closestName`); undefined when the query is itself a spelling of an entry or is near
 * none. The reader is offered the house spelling in `lang`.
 * @example suggestEntry('Zelenksy', glossary, 'en') // { id: 'zelensky', name: 'Zelensky' }
 */
export function suggestEntry(q: string, glossary: SearchGlossary, lang: Locale): { id: string; name: string } | undefined {
  const wanted = foldQuery(q);
  if (!wanted || findEntry(q, glossary)) return undefined;
  const owner = new Map<string, SearchGlossaryEntry>();
  for (const entry of glossary.entries) for (const spelling of [...entry[1], ...entry[2]]) owner.set(foldQuery(spelling), entry);
  const close = closestName(wanted, owner.keys());
  const entry = close === undefined ? undefined : owner.get(close);
  const name = entry && (sides(entry)[lang][0] || sides(entry)[locales.find((l) => l !== lang)!][0]);
  return entry && name ? { id: entry[0], name } : undefined;
}

/**
 * The search page's glossary from the entries' names: what `/search-glossary.json` serves.
 * @example compactGlossary([{ id: 'nato', names: { ja: { name: 'NATO', variants: [] }, en: { name: 'NATO', variants: [] } } }]) // { entries: [['nato', ['NATO'], ['NATO']]] }
 */
export function compactGlossary(
  entries: readonly { id: string; names: Record<Locale, { name: string; variants: readonly string[] }> }[],
): SearchGlossary {
  return {
    entries: entries.map((e) => [
      e.id,
      [e.names.ja.name, ...e.names.ja.variants].filter(Boolean),
      [e.names.en.name, ...e.names.en.variants].filter(Boolean),
    ]),
  };
}
