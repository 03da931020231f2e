import { JAPANESE_CHAR } from '../shared/japanese';

/** A piece of an excerpt: plain text, or a word that matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/*
 * Excerpts built from a Pagefind record instead of Pagefind's own, which are made for space-separated languages:
 * they keep the block separators Pagefind adds to the text (". " after a Japanese headline, spaces between
 * Japanese sentences), start with the headline the card already shows, and mark a word with the punctuation
 * around it. Pure; the browser script imports it.
 */

/** The parts of a Pagefind record the excerpt needs (Pagefind's `result.data()`). */
export interface RecordText {
  /** Pagefind's `raw_content`: the indexed words, `<` and `>` escaped; Japanese words separated by U+200B. */
  raw_content: string;
  /** Word positions that matched the query. */
  locations: number[];
}

const ZWS = '\u200B';
// The same separators Pagefind's own excerpt uses, so that word positions mean the same words.
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const EDGE_PUNCTUATION = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;

const endsJapanese = (s: string) => s.length > 0 && JAPANESE_CHAR.test(s[s.length - 1]!);
const startsJapanese = (s: string) => s.length > 0 && JAPANESE_CHAR.test(s[0]!);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The words of a record, as Pagefind counts them for `locations`. */
export function recordWords(raw: string): { words: string[]; japanese: boolean } {
  const japanese = raw.includes(ZWS);
  return { words: (japanese ? raw.split(ZWS) : raw.split(WORD_SEPARATORS)).map(unescape), japanese };
}

/**
 * The words a search matched in a record: its words at Pagefind's `locations`.
 * @example matchedWords({ raw_content: 'Talks in Ankara', locations: [2] }) // ['Ankara']
 */
export function matchedWords(record: { raw_content?: string; locations?: readonly number[] }): string[] {
  const { words } = recordWords(record.raw_content ?? '');
  return (record.locations ?? []).map((l) => words[l] ?? '');
}

/**
 * How many words at the start of the record are the headline (Pagefind indexes the `<h1>` first), so that the
 * excerpt can start after it: the card shows the headline already.
 */
export function headlineWords(words: readonly string[], title: string): number {
  const wanted = title.replace(/\s+/g, '');
  if (!wanted) return 0;
  let seen = '';
  for (let i = 0; i < words.length; i++) {
    seen += words[i]!.replace(/\s+/g, '');
    if (seen.length >= wanted.length) return seen.startsWith(wanted) ? i + 1 : 0;
  }
  return 0;
}

/**
 * Joins record words into excerpt parts. Japanese words are joined without spaces, and the spaces and ". "
 * Pagefind puts between blocks become nothing and 「。」 next to Japanese text; a marked word is marked without
 * the punctuation around it (「（ICRC）」 highlights ICRC).
 */
export function joinWords(words: readonly { text: string; mark: boolean }[], japanese: boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const written = () => parts.map((p) => p.text).join('');
  for (let i = 0; i < words.length; i++) {
    let { text } = words[i]!;
    const { mark } = words[i]!;
    if (japanese) {
      const before = written();
      const next = words[i + 1]?.text.trimStart() ?? '';
      // A block separator after Japanese text: 「見出し. 本文」 → 「見出し。本文」.
      if (/^\s*\.\s*$/.test(text) && endsJapanese(before.trimEnd())) text = '。';
      if (endsJapanese(before.trimEnd()) || startsJapanese(text.trimStart())) text = text.trimStart();
      if (startsJapanese(next) || endsJapanese(text.trimEnd())) text = text.trimEnd();
      if (text === '。' && before.endsWith('。')) text = '';
    } else if (i > 0) {
      push(' ', false);
    }
    if (!mark) {
      push(text, false);
      continue;
    }
    const [, lead = '', core = '', tail = ''] = EDGE_PUNCTUATION.exec(text) ?? [];
    push(lead, false);
    push(core, true);
    push(tail, false);
  }
  return parts;
}

/**
 * The excerpt of a record: about `chars` characters around the first matching word after the headline, or the
 * start of the text after it (the lead) when only the headline matched; `…` where it cuts. Also the headline,
 * with its matching words marked, for the card's title.
 * @example buildExcerpt({ raw_content: 'Talks resume. The talks went on.', locations: [3] }, 'Talks resume', 80).excerpt // [{ text: 'The ', mark: false }, { text: 'talks', mark: true }, { text: ' went on.', mark: false }]
 */
export function buildExcerpt(record: RecordText, title: string, chars: number): { excerpt: ExcerptPart[]; title: ExcerptPart[] } {
  const { words, japanese } = recordWords(record.raw_content);
  const marked = new Set(record.locations);
  const head = headlineWords(words, title);
  const afterHead = record.locations.filter((l) => l >= head).sort((a, b) => a - b);
  // Skip the block separator that follows the headline.
  let first = head;
  while (first < words.length && /^[\s.]*$/.test(words[first]!)) first++;
  const anchor = afterHead[0] ?? first;
  const length = (from: number, to: number) => words.slice(from, to).join(japanese ? '' : ' ').length;
  // A third of the room before the match, the rest after it.
  let start = anchor;
  while (start > first && length(start - 1, anchor) <= chars / 3) start--;
  let end = anchor + 1;
  while (end < words.length && length(start, end + 1) <= chars) end++;
  const slice = words.slice(start, end).map((text, i) => ({ text, mark: marked.has(start + i) }));
  const excerpt = joinWords(slice, japanese);
  if (excerpt.length) {
    excerpt[0]!.text = excerpt[0]!.text.trimStart();
    excerpt[excerpt.length - 1]!.text = excerpt[excerpt.length - 1]!.text.trimEnd();
  }
  if (start > first) excerpt.unshift({ text: '…', mark: false });
  if (end < words.length) excerpt.push({ text: '…', mark: false });
  const headParts = head
    ? joinWords(
        words.slice(0, head).map((text, i) => ({ text, mark: marked.has(i) })),
        japanese,
      )
    : [{ text: title, mark: false }];
  return { excerpt: excerpt.filter((p) => p.text), title: mergeTitle(headParts, title) };
}

/**
 * The headline's parts, trimmed and without the separator Pagefind adds, written with the headline's own
 * characters (the record drops or changes its spaces: a full-width space becomes an ordinary one, Japanese words
 * lose theirs); the plain title if they differ from it by more than spaces.
 */
function mergeTitle(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const trimmed = parts.map((p) => ({ ...p }));
  const last = trimmed[trimmed.length - 1];
  if (last) last.text = last.text.replace(/[\s.。]+$/, title.match(/[.。]$/)?.[0] ?? '');
  if (trimmed[0]) trimmed[0].text = trimmed[0].text.trimStart();
  const clean = trimmed.filter((p) => p.text);
  return clean
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, '') === title.replace(/\s+/g, '')
    ? onTitle(clean, title)
    : [{ text: title, mark: false }];
}

/**
 * Parts whose text is the title's but for spaces, rewritten with the title's characters: its spaces where it has
 * them (between two parts, unmarked), none where it has none.
 * @example onTitle([{ text: '焦点へ', mark: false }, { text: ' 米国', mark: true }], '焦点へ\u3000米国') // [{ text: '焦点へ', mark: false }, { text: '\u3000', mark: false }, { text: '米国', mark: true }]
 */
function onTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const chars = Array.from(title);
  const space = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  let at = 0;
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    let gap = '';
    while (space(chars[at])) gap += chars[at++];
    if (gap) out.push({ text: gap, mark: false });
    let text = '';
    for (const c of Array.from(part.text)) {
      if (space(c)) continue;
      while (space(chars[at])) text += chars[at++];
      text += chars[at++] ?? '';
    }
    out.push({ text, mark: part.mark });
  }
  const rest = chars.slice(at).join('');
  if (rest) out.push({ text: rest, mark: false });
  return out.filter((p) => p.text);
}
