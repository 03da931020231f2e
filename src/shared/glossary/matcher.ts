// Finds glossary names and variants in a story's text. Plain Node and pure: the content checker, the Markdown
// workers (first-mention links) and the pages (which stories mention an entry) run this one implementation.
import { locales, type Locale } from '../locales.ts';
import type { GlossaryKind, GlossaryTerms } from './entries.ts';

/** One occurrence of an entry's name or variant in a text. Offsets are those of the text as given. */
export interface Mention {
  /** The entry's id. */
  id: string;
  start: number;
  end: number;
  /** The spelling as the glossary writes it (the text may differ in width or case). */
  form: string;
  /** The language side of the glossary the spelling comes from. */
  formLang: Locale;
  /** A variant, not a house spelling: `npm run check` warns about it. */
  variant: boolean;
  /** The house spelling in the text's language, e.g. `ウィトコフ` for a Japanese text. */
  house: string;
}

export interface GlossaryMatcher {
  /** Every mention in `text`, a story text in `lang`, in order, longest spelling first where several start at one place. */
  find(text: string, lang: Locale): Mention[];
  /** The ids of the entries mentioned in any of `texts`. */
  ids(texts: Iterable<string>, lang: Locale): Set<string>;
}

interface Pattern {
  id: string;
  kind: GlossaryKind;
  form: string;
  formLang: Locale;
  variant: boolean;
  house: string;
  /** NFKC form, as compared with the text. */
  norm: string;
  /** `norm` lowercased: what the candidate search compares. */
  folded: string;
  /** Written in lower case (a term such as "ceasefire"): any case matches, and a plural -s. */
  anyCase: boolean;
}

// Katakana letters and the long-vowel mark, not the middle dot ・ (U+30FB), which separates the parts of a name.
const KATAKANA = /[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF]/;
const LATIN_WORD = /[\p{Script=Latin}\p{N}]/u;
// After a place name these make another word: ロシア語 is the Russian language, not a mention of ロシア.
const NEW_WORD_AFTER_PLACE = new Set(['語']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * `text` in NFKC (full-width Latin and half-width katakana become the usual forms) with, for each position of
 * the result, the position in `text` it came from; `map` is undefined when the text is already NFKC.
 * @example normalizeWithMap('ＮＡＴＯ').text // 'NATO'
 */
export function normalizeWithMap(text: string): { text: string; map: number[] | undefined } {
  const whole = text.normalize('NFKC');
  if (whole === text) return { text, map: undefined };
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    if (/^\p{M}+$/u.test(n) && out.length > 0) {
      // A half-width voiced sound mark (ｶﾞ) joins the letter before it: compose them and keep that letter's offset.
      const prev = out.length - 1;
      const composed = (out[prev] + n).normalize('NFKC');
      const start = map[prev]!;
      out = out.slice(0, prev) + composed;
      map.length = prev;
      for (let k = 0; k < composed.length; k++) map.push(start);
    } else {
      out += n;
      for (let k = 0; k < n.length; k++) map.push(i);
    }
    i += ch.length;
  }
  map.push(text.length);
  return { text: out, map };
}

function boundaryOk(p: Pattern, text: string, start: number, end: number): boolean {
  const first = p.norm[0]!;
  const last = p.norm[p.norm.length - 1]!;
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  if (KATAKANA.test(first) && before && KATAKANA.test(before)) return false;
  if (KATAKANA.test(last) && after && KATAKANA.test(after)) return false;
  if (LATIN_WORD.test(first) && before && LATIN_WORD.test(before)) return false;
  if (LATIN_WORD.test(last) && after && LATIN_WORD.test(after)) return false;
  if (p.kind === 'place' && NEW_WORD_AFTER_PLACE.has(after)) return false;
  return true;
}

function caseOk(p: Pattern, slice: string): boolean {
  return p.anyCase || slice === p.norm || slice === p.norm.toUpperCase();
}

/** Where a lower-case term's plural -s ends, or `end` when there is none. */
function pluralEnd(p: Pattern, text: string, end: number): number {
  if (!p.anyCase || !LATIN_WORD.test(p.norm[p.norm.length - 1]!)) return end;
  if ((text[end] === 's' || text[end] === 'S') && !(end + 1 < text.length && LATIN_WORD.test(text[end + 1]!))) return end + 1;
  return end;
}

/** The spellings a text in `lang` is searched for: its own side, and for Japanese the Latin spellings too. */
function patternsFor(entries: readonly GlossaryTerms[], lang: Locale): Pattern[] {
  const seen = new Map<string, Pattern>();
  const add = (e: GlossaryTerms, form: string, formLang: Locale, variant: boolean) => {
    const norm = form.normalize('NFKC');
    if (!norm) return;
    const anyCase = norm === norm.toLowerCase() && /\p{Script=Latin}/u.test(norm);
    const folded = lowerSameLength(norm);
    const key = `${anyCase ? folded : norm}`;
    // The first spelling wins: the text's own language before the other, the name before its variants.
    if (seen.has(key)) return;
    seen.set(key, { id: e.id, kind: e.kind, form, formLang, variant, house: e.names[lang].name, norm, folded, anyCase });
  };
  for (const e of entries) {
    add(e, e.names[lang].name, lang, false);
    for (const v of e.names[lang].variants) add(e, v, lang, true);
  }
  // Japanese stories write some names in Latin letters (NATO, PKK, or a spelling from an English source).
  for (const other of locales.filter((l) => l !== lang)) {
    if (lang !== 'ja') continue;
    for (const e of entries) {
      const latin = (s: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(s.normalize('NFKC'));
      if (latin(e.names[other].name)) add(e, e.names[other].name, other, false);
      for (const v of e.names[other].variants) if (latin(v)) add(e, v, other, true);
    }
  }
  return [...seen.values()].filter((p) => p.house !== '' || !p.variant);
}

class Compiled {
  readonly #byFirst = new Map<string, Pattern[]>();
  /** Every spelling in one alternation, to find where candidates start; reused (find() is synchronous). */
  readonly #regex: RegExp | undefined;

  constructor(patterns: Pattern[]) {
    const sorted = [...patterns].sort((a, b) => b.folded.length - a.folded.length);
    for (const p of sorted) {
      const list = this.#byFirst.get(p.folded[0]!) ?? [];
      list.push(p);
      this.#byFirst.set(p.folded[0]!, list);
    }
    this.#regex = sorted.length ? new RegExp(sorted.map((p) => escapeRegExp(p.folded)).join('|'), 'g') : undefined;
  }

  find(original: string): Mention[] {
    if (!this.#regex || original === '') return [];
    const { text, map } = normalizeWithMap(original);
    const folded = lowerSameLength(text);
    const at = (k: number) => (map ? map[k]! : k);
    const out: Mention[] = [];
    const regex = this.#regex;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(folded))) {
      const start = m.index;
      let matched: { p: Pattern; end: number } | undefined;
      for (const p of this.#byFirst.get(folded[start]!) ?? []) {
        if (!folded.startsWith(p.folded, start)) continue;
        const end = start + p.folded.length;
        if (!caseOk(p, text.slice(start, end))) continue;
        const fullEnd = pluralEnd(p, text, end);
        if (!boundaryOk(p, text, start, fullEnd)) continue;
        matched = { p, end: fullEnd };
        break;
      }
      if (!matched) {
        regex.lastIndex = start + 1;
        continue;
      }
      const { p, end } = matched;
      out.push({ id: p.id, start: at(start), end: at(end), form: p.form, formLang: p.formLang, variant: p.variant, house: p.house });
      regex.lastIndex = end;
    }
    return out;
  }
}

/**
 * Compiles the glossary once (per build or check run) into a matcher for both languages.
 *
 * Boundaries are explicit rather than from `Intl.Segmenter`, whose dictionary splits names it does not know
 * (プーチン氏 → プー|チン|氏) and joins others to the next word (クリミア半島 is one segment):
 * - katakana next to katakana is one word: タイ is not found in タイミング nor in ネクタイ; the middle dot
 *   separates the parts of a full name, so ゼレンスキー is found in ヴォロディミル・ゼレンスキー;
 * - a place name followed by 語 is a language (ロシア語), not the place;
 * - a spelling next to kanji or kana is found (ゼレンスキー大統領, 停戦協議): Japanese compounds name their parts;
 * - Latin letters and digits need word boundaries (Zelensky is not in Zelenskyy); a spelling written with
 *   capitals matches as written or in capitals (Trump, TRUMP, not "trump card"); one in lower case matches any
 *   case and a plural -s (ceasefire, Ceasefires);
 * - the text is compared in NFKC: full-width ＮＡＴＯ and half-width ｳｨﾄｺﾌ match NATO and ウィトコフ;
 * - at one position the longest spelling wins (ドネツク州 as a variant before ドネツク, Zelenskyy before Zelensky).
 *
 * @example compileMatcher([witkoff]).find('ウィットコフ特使', 'ja')[0].house // 'ウィトコフ'
 */
export function compileMatcher(entries: readonly GlossaryTerms[]): GlossaryMatcher {
  const compiled = Object.fromEntries(locales.map((l) => [l, new Compiled(patternsFor(entries, l))])) as Record<Locale, Compiled>;
  return {
    find: (text, lang) => compiled[lang].find(text),
    ids(texts, lang) {
      const found = new Set<string>();
      for (const text of texts) for (const m of compiled[lang].find(text)) found.add(m.id);
      return found;
    },
  };
}
