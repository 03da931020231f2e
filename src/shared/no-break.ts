// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import type { Locale } from './locales.ts';

/**
 * Runs of text that must stay on one line: dates (2025年5月16日, 16 May 2025, May 16, 2025) and numbers with their
 * counters (1000人, 2～3週間, 1,000 prisoners, 3 years). Japanese allows a line break before almost any character,
 * so without help a browser writes 「2025年5 / 月16日」 at the end of a line; English breaks at the spaces of
 * "30 / September / 2022". The story Markdown (src/markdown/rehype-no-break.ts) and the components that print
 * editors' text (NoBreakText.astro) wrap these runs in `<span class="nb">`, which the stylesheet sets nowrap.
 * A span, not U+2060 WORD JOINER or U+00A0: those would end up in the search index, copied text and the feeds.
 */

const NUM = String.raw`[0-9０-９][0-9０-９,，.．]*`;
// Kanji multipliers stay with the number (3万人, 1億ドル).
const MULT = String.raw`(?:万|億|千)?`;
const RANGE_JA = String.raw`[～〜~－–-]`;
// Longest first: the alternation takes the first that matches.
const COUNTERS_JA = [
  '週間',
  '日間',
  '時間',
  '年間',
  'か月',
  'カ月',
  'ヶ月',
  'ヵ月',
  'か国',
  'カ国',
  'ヶ国',
  'キロ',
  'メートル',
  'ドル',
  'ユーロ',
  'ルーブル',
  '円',
  '人',
  '日',
  '年',
  '月',
  '分',
  '秒',
  '件',
  '回',
  '個',
  '台',
  '機',
  '発',
  '両',
  '国',
  '倍',
  '歳',
  '割',
  '隻',
  '％',
  '%',
  'km',
].join('|');
/** One number, an optional range to a second one, and its counter; several in a row make a date (2025年5月16日). */
const UNIT_JA = String.raw`${NUM}${MULT}(?:${RANGE_JA}${NUM}${MULT})?(?:${COUNTERS_JA})`;
const JA = new RegExp(String.raw`(?:約)?(?:${UNIT_JA})+`, 'gu');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = String.raw`\d{1,2}(?:[–-]\d{1,2})?`;
const UNITS_EN = [
  'per cent',
  'percent',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'years?',
  'months?',
  'weeks?',
  'days?',
  'hours?',
  'minutes?',
  'people',
  'prisoners',
  'soldiers',
  'civilians',
  'troops',
  'million',
  'billion',
  'trillion',
].join('|');
const EN = new RegExp(
  [
    // 16 May 2025, 16–17 May, 16 May
    String.raw`\b${DAY} (?:${MONTHS})(?: \d{4})?\b`,
    // May 16, 2025, May 16, May 2025
    String.raw`\b(?:${MONTHS}) (?:${DAY}(?:, \d{4})?|\d{4})\b`,
    // 1,000 prisoners, 2–3 weeks, $1.5 billion
    String.raw`(?:\$|€|£)?\b\d[\d,.]*(?:[–-]\d[\d,.]*)? (?:${UNITS_EN})\b`,
  ].join('|'),
  'gu',
);

/** A piece of text; `nb` marks a run that must not break inside. */
export interface TextPart {
  text: string;
  nb: boolean;
}

/**
 * Splits text into pieces, marking the dates and numbers with counters that must stay on one line.
 * @example splitNoBreak('2025年5月16日に1000人', 'ja') // [{ text: '2025年5月16日', nb: true }, { text: 'に', nb: false }, { text: '1000人', nb: true }]
 * @example splitNoBreak('On 16 May 2025', 'en') // [{ text: 'On ', nb: false }, { text: '16 May 2025', nb: true }]
 */
export function splitNoBreak(text: string, lang: Locale): TextPart[] {
  // A Japanese text quotes English dates too (a source's title); an English one has no Japanese.
  const patterns = lang === 'ja' ? [JA, EN] : [EN];
  const ranges: [number, number][] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // A single digit or a bare counter is not worth a span (and never breaks inside).
      if (m[0].length < 2) continue;
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
    }
  }
  if (ranges.length === 0) return [{ text, nb: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ text: text.slice(at, s), nb: false });
    parts.push({ text: text.slice(s, e), nb: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), nb: false });
  return parts;
}
