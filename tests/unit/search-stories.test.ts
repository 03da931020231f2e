import { describe, expect, it } from 'vitest';
import { buildExcerpt, headlineWords, joinWords, recordWords } from '../../src/lib/search-excerpt';
import { compactGlossary, findEntry, foldQuery, searchTerms, suggestEntry } from '../../src/lib/search-glossary';
import { cardLanguage, insideLongerWord, rankRuns, wholeWordsOnly } from '../../src/lib/search-stories';

const glossary = compactGlossary([
  { id: 'zelensky', names: { ja: { name: 'ゼレンスキー', variants: ['ゼレンスキイ'] }, en: { name: 'Zelensky', variants: ['Zelenskyy'] } } },
  { id: 'thailand', names: { ja: { name: 'タイ', variants: [] }, en: { name: 'Thailand', variants: [] } } },
  { id: 'prisoner-exchange', names: { ja: { name: '捕虜交換', variants: [] }, en: { name: 'prisoner exchange', variants: ['prisoner swap'] } } },
]);

describe('the glossary on the search page', () => {
  it('is compact: ids and spellings, house spelling first', () => {
    expect(glossary.entries[0]).toEqual(['zelensky', ['ゼレンスキー', 'ゼレンスキイ'], ['Zelensky', 'Zelenskyy']]);
  });

  it('finds the entry a whole query names, in either script, width and case', () => {
    expect(findEntry('Zelenskyy', glossary)?.id).toBe('zelensky');
    expect(findEntry('ゼレンスキー', glossary)?.id).toBe('zelensky');
    expect(findEntry('ＺＥＬＥＮＳＫＹ', glossary)?.id).toBe('zelensky');
    expect(findEntry('  Prisoner   Exchange ', glossary)?.id).toBe('prisoner-exchange');
    expect(findEntry('Zelensky visit', glossary)).toBeUndefined();
    expect(foldQuery(' ｳｨﾄｺﾌ ')).toBe('ウィトコフ');
  });

  it('searches every spelling of the entry once, the query first', () => {
    expect(searchTerms('zelenskyy', findEntry('zelenskyy', glossary))).toEqual(['zelenskyy', 'ゼレンスキー', 'ゼレンスキイ', 'Zelensky']);
    expect(searchTerms('ICRC', undefined)).toEqual(['ICRC']);
  });

  it('suggests the house spelling in the page language for a near miss', () => {
    expect(suggestEntry('Zelenksy', glossary, 'en')).toEqual({ id: 'zelensky', name: 'Zelensky' });
    expect(suggestEntry('Zelenksy', glossary, 'ja')).toEqual({ id: 'zelensky', name: 'ゼレンスキー' });
    expect(suggestEntry('ゼレンスキ', glossary, 'ja')).toEqual({ id: 'zelensky', name: 'ゼレンスキー' });
    expect(suggestEntry('Zelensky', glossary, 'en')).toBeUndefined();
    expect(suggestEntry('weather', glossary, 'en')).toBeUndefined();
  });
});

describe('ranking pages into stories', () => {
  const run = (
    term: string,
    loose: [string, number][],
    whole: string[],
    looseStories: Record<string, number>,
    wholeStories: Record<string, number>,
  ) => ({
    term,
    loose: loose.map(([id, score]) => ({ id, score, words: [1] })),
    whole: new Set(whole),
    looseStories,
    wholeStories,
  });

  it('puts whole words before prefixes and counts each page once', () => {
    const { hits, stories } = rankRuns([
      run(
        'Zelen',
        [
          ['en_a', 5],
          ['en_b', 9],
        ],
        ['en_a'],
        { a: 1, b: 1 },
        { a: 1 },
      ),
      run('Zelensky', [['en_a', 7]], ['en_a'], { a: 1 }, { a: 1 }),
    ]);
    expect(hits.map((h) => [h.id, h.score, h.whole])).toEqual([
      ['en_a', 7, true],
      ['en_b', 9, false],
    ]);
    expect([...stories].sort()).toEqual(['a', 'b']);
  });

  it('drops prefix-only pages of a Japanese term when a page has the whole word, and their stories from the count', () => {
    const { hits, stories } = rankRuns([
      run(
        'タイ',
        [
          ['ja_t', 3],
          ['ja_m', 1],
        ],
        ['ja_t'],
        { t: 1, m: 1 },
        { t: 1 },
      ),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['ja_t']);
    expect([...stories]).toEqual(['t']);
    // Nothing else matches: the prefix stays.
    expect(rankRuns([run('タイミ', [['ja_m', 1]], [], { m: 1 }, {})]).hits.map((h) => h.id)).toEqual(['ja_m']);
  });

  it('leaves out pages that matched only in metadata', () => {
    const { hits } = rankRuns([
      { term: 'x', loose: [{ id: 'en_a', score: 1, words: [] }], whole: new Set<string>(), looseStories: {}, wholeStories: {} },
    ]);
    expect(hits).toEqual([]);
  });

  it('treats a single Japanese character as whole words only', () => {
    expect(wholeWordsOnly('ア', false)).toBe(true);
    expect(wholeWordsOnly('米', false)).toBe(true);
    expect(wholeWordsOnly('タイ', false)).toBe(false);
    expect(wholeWordsOnly('a', false)).toBe(false);
  });

  it('tells a longer katakana word from a kanji compound', () => {
    expect(insideLongerWord('タイミング', 'タイ')).toBe(true);
    expect(insideLongerWord('ウィトコフ', 'ウィ')).toBe(true);
    expect(insideLongerWord('タイ', 'タイ')).toBe(false);
    expect(insideLongerWord('停戦協議', '停戦')).toBe(false);
    expect(insideLongerWord('ネクタイ', 'タイ')).toBe(true);
  });

  it('shows the version in the wanted language when the story has one', () => {
    expect(cardLanguage('ja', { other: ['en'] }, 'en')).toBe('en');
    expect(cardLanguage('ja', {}, 'en')).toBe('ja');
    expect(cardLanguage('en', { other: ['ja'] }, 'en')).toBe('en');
  });
});

describe('excerpts from the record words', () => {
  const ja = [
    'ロシア',
    'と',
    'ウクライナ',
    'が',
    '捕虜',
    'を',
    '交換',
    '. ',
    ' 仲介',
    '国',
    'の',
    '立ち会い',
    '。 ',
    ' 捕虜',
    'を',
    '交換',
    'した',
    '。',
  ].join('\u200B');

  it('splits the words the way Pagefind counts them', () => {
    expect(recordWords(ja).japanese).toBe(true);
    expect(recordWords('a b  c').words).toEqual(['a', 'b', 'c']);
    expect(headlineWords(recordWords(ja).words, 'ロシアとウクライナが捕虜を交換')).toBe(7);
  });

  it('joins Japanese without spaces and turns the block separator into 。', () => {
    const parts = joinWords(
      ['交換', '. ', ' 仲介', '。 ', ' 捕虜'].map((text) => ({ text, mark: false })),
      true,
    );
    expect(parts.map((p) => p.text).join('')).toBe('交換。仲介。捕虜');
  });

  it('starts after the headline, marks the title and whole words without punctuation', () => {
    const { excerpt, title } = buildExcerpt({ raw_content: ja, locations: [4, 6, 13, 15] }, 'ロシアとウクライナが捕虜を交換', 80);
    expect(excerpt.map((p) => p.text).join('')).toBe('仲介国の立ち会い。捕虜を交換した。');
    expect(excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['捕虜', '交換']);
    expect(title).toEqual([
      { text: 'ロシアとウクライナが', mark: false },
      { text: '捕虜', mark: true },
      { text: 'を', mark: false },
      { text: '交換', mark: true },
    ]);
    const en = buildExcerpt({ raw_content: 'Talks resume. The Red Cross (ICRC) helped.', locations: [5] }, 'Talks resume', 80);
    expect(en.excerpt).toEqual([
      { text: 'The Red Cross (', mark: false },
      { text: 'ICRC', mark: true },
      { text: ') helped.', mark: false },
    ]);
  });
});
