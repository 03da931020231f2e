/**
 * Numbers in news text, normalised so that the two language versions of a story can be compared:
 * `1000`, `1,000`, `１０００`, `1千` and `one thousand` are all 1000; `3万5000` is 35000; `1.5 million` and
 * `150万` are both 1500000.
 *
 * Every mention is "strong" (written with digits) or "weak" (a word, a kanji numeral, a month name, a day of
 * the month in Japanese). The pair check only complains about a strong number of one version that the other
 * version has in no form at all, which keeps false alarms rare: "three years" matches "3年", "May" matches
 * "5月", and "14日" (the day) may be rendered as "on Friday".
 */
export interface NumberMention {
  value: number;
  /** The text as written, for the message. */
  text: string;
  /** 1-based line. */
  line: number;
  strong: boolean;
}

const kanjiDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const bigUnits: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/**
 * Reads a kanji numeral.
 * @example kanjiNumber('二千二十五') // 2025
 * @example kanjiNumber('三万五千') // 35000
 */
export function kanjiNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in kanjiDigits) {
      // 二〇二五 (digit by digit)
      digit = digit === undefined ? kanjiDigits[ch]! : digit * 10 + kanjiDigits[ch]!;
    } else if (ch in smallUnits) {
      section += (digit ?? 1) * smallUnits[ch]!;
      digit = undefined;
    } else if (ch in bigUnits) {
      total += (section + (digit ?? 0) || 1) * bigUnits[ch]!;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

// Word tables read best as tables.
// prettier-ignore
const englishWords: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
  once: 1, twice: 2, single: 1, both: 2, pair: 2, half: 0.5, quarter: 0.25,
};
// prettier-ignore
const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
const kanjiRE = /(?<!\d)[〇零一二三四五六七八九十百千万億兆]+|[両双半]/g;
/** Only the words that are numbers or months, so that ordinary words cost nothing. */
const wordRE = new RegExp(`\\b(?:${[...Object.keys(englishWords), ...Object.keys(months)].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const englishScale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12 };

/** Round away binary noise (1.5 × 1e6) so that equal numbers compare equal. */
const canonical = (n: number) => (Number.isInteger(n) ? n : Number(n.toPrecision(12)));

/**
 * All numbers in a text. `lang` decides which words count (English number words and month names, or kanji
 * numerals and 月/日). URLs are ignored.
 *
 * @example extractNumbers('1,000人', 'ja').map((m) => m.value) // [1000]
 * @example extractNumbers('150万人', 'ja').map((m) => m.value) // [1500000]
 * @example extractNumbers('1.5 million people', 'en').map((m) => m.value) // [1500000]
 */
export function extractNumbers(text: string, lang: 'ja' | 'en', firstLine = 1): NumberMention[] {
  const out: NumberMention[] = [];
  let lineStart = 0;
  for (let line = firstLine; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    numbersInLine(text.slice(lineStart, lineEnd), lang, line, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

const digitsRE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/g;
const nextGroupRE = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/y;
const scaleRE = /\s*-?\s*(thousand|million|billion|trillion|bn|tn)\b/iy;
const ordinalRE = /(?:st|nd|rd|th)\b/iy;
const compoundTensRE = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b/gi;
const compoundScaleRE = /\b(one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(hundred|thousand|million|billion)\b/gi;
const toNumber = (digits: string, decimals: string | undefined) =>
  Number((digits.includes(',') ? digits.replace(/,/g, '') : digits) + (decimals ?? ''));
const wideRE = /[\u2460-\u2473\uFF00-\uFFEF]/;
const circledRE = /[\u2460-\u2473]/g;
const urlRE = /\b(?:https?:\/\/|www\.)\S+/g;

// The global regexes above and below are stepped with exec() and lastIndex rather than matchAll(): matchAll
// copies its regex on every call, and this runs once per line of every story.
function numbersInLine(rawLine: string, lang: 'ja' | 'en', line: number, out: NumberMention[]) {
  const push = (value: number, written: string, strong: boolean) => out.push({ value: canonical(value), text: written.trim(), line, strong });
  let lineText = rawLine;
  if (wideRE.test(lineText)) {
    // Circled numbers (①) are list markers, not figures; NFKC would turn them into plain digits.
    lineText = lineText.replace(circledRE, (c) => {
      push(c.charCodeAt(0) - 0x2460 + 1, c, false);
      return ' ';
    });
    // Full-width digits and commas become ASCII.
    lineText = lineText.normalize('NFKC');
  }
  if (lineText.includes('http') || lineText.includes('www.')) lineText = lineText.replace(urlRE, ' ');

  digitsRE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = digitsRE.exec(lineText))) {
    const start = m.index;
    let value = toNumber(m[1]!, m[2]);
    let end = digitsRE.lastIndex;
    let strong = true;
    if (lang === 'ja') {
      // 3万5000, 1億2000万, 3千万: digits followed by kanji units, possibly several groups.
      let total = 0;
      let group = value;
      for (;;) {
        const small = lineText[end];
        if (small === '千' || small === '百') {
          group *= smallUnits[small]!;
          end++;
        }
        const big = lineText[end];
        if (big === '万' || big === '億' || big === '兆') {
          total += group * bigUnits[big]!;
          end++;
          nextGroupRE.lastIndex = end;
          const next = nextGroupRE.exec(lineText);
          if (next) {
            group = toNumber(next[1]!, next[2]);
            end = nextGroupRE.lastIndex;
            continue;
          }
          group = 0;
        }
        total += group;
        break;
      }
      value = total;
      const after = lineText[end];
      // 5月 is a month and 16日 a day of the month (often translated as a weekday); 3か月 and 3日間 are durations.
      if ((after === '月' && value >= 1 && value <= 12) || (after === '日' && lineText[end + 1] !== '間' && value >= 1 && value <= 31)) {
        strong = false;
      }
    } else {
      scaleRE.lastIndex = end;
      const scale = scaleRE.exec(lineText);
      if (scale) {
        value *= englishScale[scale[1]!.toLowerCase()]!;
        end = scaleRE.lastIndex;
      }
      // 4th, 21st: the digits are the number.
      ordinalRE.lastIndex = end;
      if (ordinalRE.exec(lineText)) end = ordinalRE.lastIndex;
    }
    push(value, lineText.slice(start, end), strong);
    digitsRE.lastIndex = end;
  }

  if (lang === 'ja') {
    // Kanji numerals; 両国 (both countries) and 双方 (both sides) are two, 半 is a half.
    kanjiRE.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = kanjiRE.exec(lineText))) {
      if (k[0] === '両' || k[0] === '双') push(2, k[0], false);
      else if (k[0] === '半') push(0.5, k[0], false);
      else {
        const value = kanjiNumber(k[0]);
        if (value !== undefined) push(value, k[0], false);
      }
    }
  } else {
    let words = false;
    let w: RegExpExecArray | null;
    wordRE.lastIndex = 0;
    while ((w = wordRE.exec(lineText))) {
      words = true;
      const word = w[0].toLowerCase();
      if (word in englishWords) push(englishWords[word]!, w[0], false);
      // "May" the month, not "may" the verb.
      else if (word !== 'may' || w[0] === 'May') push(months[word]!, w[0], false);
    }
    if (!words) return;
    // twenty-five, three hundred
    compoundTensRE.lastIndex = 0;
    while ((w = compoundTensRE.exec(lineText))) {
      push(englishWords[w[1]!.toLowerCase()]! + englishWords[w[2]!.toLowerCase()]!, w[0], false);
    }
    compoundScaleRE.lastIndex = 0;
    while ((w = compoundScaleRE.exec(lineText))) {
      const n = w[1]!.toLowerCase() === 'a' ? 1 : englishWords[w[1]!.toLowerCase()]!;
      push(n * englishWords[w[2]!.toLowerCase()]!, w[0], false);
    }
  }
}

/**
 * The strong numbers of `a` that `b` does not mention in any form, first mention of each.
 * @example missingNumbers(extractNumbers('1,000 prisoners', 'en'), extractNumbers('捕虜1000人', 'ja')) // []
 */
export function missingNumbers(a: readonly NumberMention[], b: readonly NumberMention[]): NumberMention[] {
  const present = new Set(b.map((m) => m.value));
  const seen = new Set<number>();
  const out: NumberMention[] = [];
  for (const mention of a) {
    if (!mention.strong || present.has(mention.value) || seen.has(mention.value)) continue;
    seen.add(mention.value);
    out.push(mention);
  }
  return out;
}
