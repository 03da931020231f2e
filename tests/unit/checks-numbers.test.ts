import { describe, expect, it } from 'vitest';
import { extractNumbers, kanjiNumber, missingNumbers } from '../../src/checks/rules/numbers';

const strong = (text: string, lang: 'ja' | 'en') =>
  extractNumbers(text, lang)
    .filter((m) => m.strong)
    .map((m) => m.value);
const missing = (ja: string, en: string) => ({
  ja: missingNumbers(extractNumbers(ja, 'ja'), extractNumbers(en, 'en')).map((m) => m.text),
  en: missingNumbers(extractNumbers(en, 'en'), extractNumbers(ja, 'ja')).map((m) => m.text),
});

describe('number normalisation', () => {
  it('reads 1000, 1,000, full-width digits and 1千 as the same number', () => {
    expect(strong('1000人、1,000人、１，０００人、1千人', 'ja')).toEqual([1000, 1000, 1000, 1000]);
    expect(strong('1,000 prisoners and 1000 more', 'en')).toEqual([1000, 1000]);
  });

  it('reads 万, 億 and 兆, also in mixed groups', () => {
    expect(strong('3万5000人、150万人、1億2000万円、3千万、2兆円', 'ja')).toEqual([35000, 1500000, 120000000, 30000000, 2e12]);
  });

  it('reads English scale words, ordinals and decimals', () => {
    expect(strong('1.5 million people, $3bn, the 4th meeting, 99.5%', 'en')).toEqual([1500000, 3e9, 4, 99.5]);
  });

  it('treats Japanese months and days of the month, English months and number words as weak', () => {
    const ja = extractNumbers('2025年5月16日、14日に', 'ja');
    expect(ja.map((m) => [m.value, m.strong])).toEqual([
      [2025, true],
      [5, false],
      [16, false],
      [14, false],
    ]);
    const en = extractNumbers('In May, three years on', 'en');
    expect(en.map((m) => [m.value, m.strong])).toEqual([
      [5, false],
      [3, false],
    ]);
  });

  it('keeps durations (3か月, 3日間) as real numbers and ignores URLs', () => {
    expect(strong('3か月、3日間', 'ja')).toEqual([3, 3]);
    expect(strong('see https://example.com/2024/99 now', 'en')).toEqual([]);
  });

  it('reads kanji numerals', () => {
    expect(kanjiNumber('二千二十五')).toBe(2025);
    expect(kanjiNumber('三万五千')).toBe(35000);
    expect(kanjiNumber('二〇二五')).toBe(2025);
    expect(kanjiNumber('百万')).toBe(1000000);
  });
});

describe('numbers missing from the other version', () => {
  it('accepts the usual ways of writing the same figures', () => {
    expect(
      missing(
        '2025年5月16日、双方1000人ずつ、3年ぶり、約2時間、4回目',
        'On 16 May 2025, 1,000 each, in three years, about two hours, the 4th meeting',
      ),
    ).toEqual({ ja: [], en: [] });
    expect(missing('ロシアとウクライナは14日、捕虜を交換した。', 'Russia and Ukraine swapped prisoners on Friday.')).toEqual({ ja: [], en: [] });
    expect(missing('150万人', '1.5 million people')).toEqual({ ja: [], en: [] });
  });

  it('reports a figure that differs, once, with the text as written', () => {
    expect(missing('捕虜1000人を交換、1000人ずつ', 'swap 100 prisoners')).toEqual({ ja: ['1000'], en: ['100'] });
  });
});
