import { describe, expect, it } from 'vitest';
import { languageParts } from '../../src/shared/search-parts';
import { buildExcerpt, headlineWords, joinWords, recordWords } from '../../src/lib/search-excerpt';
import { compactGlossary, findEntry, foldQuery, languagesAhead, searchTerms, spellingsAhead, suggestEntry } from '../../src/lib/search-glossary';
import {
  matchesQueryWord,
  queryWords,
  cardLanguage,
  groupStories,
  insideLongerWord,
  languagesFor,
  ENOUGH_WHOLE_MATCHES,
  needsPrefixSearch,
  newestStoriesFirst,
  primaryLanguage,
  rankRuns,
  recordLanguage,
  searchArchive,
  textScripts,
  wholeWordsOnly,
} from '../../src/lib/search-stories';

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

  it('knows, from two typed characters on, every spelling of the names the query may become', () => {
    expect(spellingsAhead('ゼレ', glossary)).toEqual(['ゼレンスキー', 'ゼレンスキイ', 'Zelensky', 'Zelenskyy']);
    expect(spellingsAhead('ｾﾞﾚﾝ', glossary)).toEqual(['ゼレンスキー', 'ゼレンスキイ', 'Zelensky', 'Zelenskyy']);
    // Katakana only: Latin text needs every index anyway, a kanji word is rarely the start of a term.
    expect(spellingsAhead('zel', glossary)).toEqual([]);
    expect(spellingsAhead('捕虜', glossary)).toEqual([]);
    // One character says too little; a text no name starts with, nothing.
    expect(spellingsAhead('ゼ', glossary)).toEqual([]);
    expect(spellingsAhead('ゼロ', glossary)).toEqual([]);
  });

  it('fetches the English index while a Japanese name is typed, when English stories hold no Japanese', () => {
    const archive = {
      stories: 1,
      missing: { ja: [], en: [] },
      scripts: { ja: { japanese: true, other: true }, en: { japanese: false, other: true } },
    };
    expect(languagesAhead(searchTerms('ゼ', findEntry('ゼ', glossary)), 'ゼ', glossary, archive, ['ja', 'en'])).toEqual(['ja']);
    expect(languagesAhead(searchTerms('ゼレ', findEntry('ゼレ', glossary)), 'ゼレ', glossary, archive, ['ja', 'en'])).toEqual(['ja', 'en']);
    expect(languagesAhead(searchTerms('ゼロ', findEntry('ゼロ', glossary)), 'ゼロ', glossary, archive, ['ja', 'en'])).toEqual(['ja']);
    expect(languagesAhead(searchTerms('停戦', findEntry('停戦', glossary)), '停戦', glossary, archive, ['ja', 'en'])).toEqual(['ja']);
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
  const run = (term: string, loose: [string, number][], whole: string[]) => ({
    term,
    loose: loose.map(([id, score]) => ({ id, score, words: [1] })),
    whole: new Set(whole),
  });

  it('puts whole words before prefixes and counts each page once', () => {
    const hits = rankRuns([
      run(
        'Zelen',
        [
          ['en_a', 5],
          ['en_b', 9],
        ],
        ['en_a'],
      ),
      run('Zelensky', [['en_a', 7]], ['en_a']),
    ]);
    expect(hits.map((h) => [h.id, h.score, h.whole])).toEqual([
      ['en_a', 7, true],
      ['en_b', 9, false],
    ]);
  });

  it('drops prefix-only pages of a Japanese term when a page has the whole word', () => {
    const hits = rankRuns([
      run(
        'タイ',
        [
          ['ja_t', 3],
          ['ja_m', 1],
        ],
        ['ja_t'],
      ),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['ja_t']);
    // Nothing else matches: the prefix stays.
    expect(rankRuns([run('タイミ', [['ja_m', 1]], [])]).map((h) => h.id)).toEqual(['ja_m']);
  });

  it('leaves out pages that matched only in metadata', () => {
    expect(rankRuns([{ term: 'x', loose: [{ id: 'en_a', score: 1, words: [] }], whole: new Set<string>() }])).toEqual([]);
  });

  it('groups the pages of a story, in the order of its best page, and sorts stories newest first', () => {
    const place: Record<string, number> = { en_a: 3, ja_a: 3, ja_b: 0, en_c: 5 };
    const groups = groupStories([{ id: 'en_a' }, { id: 'ja_b' }, { id: 'ja_a' }, { id: 'en_c' }, { id: 'en_x' }], (h) => place[h.id]);
    expect(groups.map((g) => [g.key, g.first.id, Object.keys(g.pages).sort()])).toEqual([
      ['3', 'en_a', ['en', 'ja']],
      ['0', 'ja_b', ['ja']],
      ['5', 'en_c', ['en']],
      // A page whose story is unknown is a story of its own.
      ['en_x', 'en_x', ['en']],
    ]);
    expect(newestStoriesFirst(groups).map((g) => g.key)).toEqual(['0', '3', '5', 'en_x']);
    expect(recordLanguage('ja_c4d8a64')).toBe('ja');
  });
});

describe('the archive on the search page', () => {
  const archive = searchArchive(
    [
      { versions: { ja: { title: '停戦協議', body: 'ゼレンスキー氏、NATOに言及' }, en: { title: 'Talks', body: 'Zelensky and NATO' } } },
      { versions: { en: { title: 'English only', lead: 'A lead', body: '' } } },
      { versions: { ja: { title: '日本語のみ', body: '<p>本文</p>' } } },
    ],
    ['ja', 'en'],
  );

  it('lists the stories missing in each language and the writing each contains', () => {
    expect(archive).toEqual({
      stories: 3,
      missing: { ja: [1], en: [2] },
      scripts: { ja: { japanese: true, other: true }, en: { japanese: false, other: true } },
    });
    // The search page maps a part's records to these places (src/shared/search-parts.ts).
    expect(languageParts(archive.stories, archive.missing.ja, 1000)[0]!.places).toEqual([0, 2]);
    expect(languageParts(archive.stories, archive.missing.en, 1000)[0]!.places).toEqual([0, 1]);
    expect(textScripts('停戦、1945年')).toEqual({ japanese: true, other: true });
    expect(textScripts('「停戦」')).toEqual({ japanese: true, other: false });
    // A body the build cannot read (an MDX story is rendered on its page only) may contain any writing.
    const mdx = searchArchive([{ versions: { en: { title: 'Talks', body: undefined } } }], ['ja', 'en']);
    expect(mdx.scripts.en).toEqual({ japanese: true, other: true });
  });

  it('loads only the indexes a query can match, Japanese first', () => {
    expect(languagesFor(['停戦'], archive, ['ja', 'en'])).toEqual(['ja']);
    expect(languagesFor(['NATO'], archive, ['ja', 'en'])).toEqual(['ja', 'en']);
    expect(languagesFor(['捕虜交換', 'prisoner exchange'], archive, ['ja', 'en'])).toEqual(['ja', 'en']);
    expect(primaryLanguage(archive, 'en', ['ja', 'en'])).toBe('ja');
    expect(primaryLanguage(archive, 'ja', ['ja', 'en'])).toBe('ja');
    // An English story that quotes Japanese: Japanese queries need both, and the English page starts with its own.
    const quoting = { ...archive, scripts: { ja: archive.scripts.ja, en: { japanese: true, other: true } } };
    expect(languagesFor(['停戦'], quoting, ['ja', 'en'])).toEqual(['ja', 'en']);
    expect(primaryLanguage(quoting, 'en', ['ja', 'en'])).toBe('en');
    expect(primaryLanguage(archive, 'ja', ['en'])).toBe('en');
  });
});

describe('words in search results', () => {
  it('treats a single Japanese character as whole words only', () => {
    expect(wholeWordsOnly('ア', false)).toBe(true);
    expect(wholeWordsOnly('米', false)).toBe(true);
    expect(wholeWordsOnly('タイ', false)).toBe(false);
    expect(wholeWordsOnly('a', false)).toBe(false);
  });

  it('runs the prefix search only when it can add a page that counts', () => {
    expect(needsPrefixSearch('タイ', 2)).toBe(false);
    expect(needsPrefixSearch('タイ', 0)).toBe(true);
    // A single character never counts as a prefix: nothing to add.
    expect(needsPrefixSearch('ア', 0)).toBe(false);
    expect(needsPrefixSearch('Zelen', 0)).toBe(true);
    expect(needsPrefixSearch('Zelensky', 3)).toBe(true);
    expect(needsPrefixSearch('ceasefire', ENOUGH_WHOLE_MATCHES)).toBe(false);
  });

  it('ranks a Japanese spelling the same from its exact search alone', () => {
    const loose = [
      { id: 'ja_1', score: 2, words: [4] },
      { id: 'ja_2', score: 5, words: [9] },
      { id: 'ja_3', score: 1, words: [2] },
    ];
    const exact = [loose[2]!, loose[0]!];
    const whole = new Set(exact.map((h) => h.id));
    const both = rankRuns([{ term: 'タイ', loose, whole }]).map((h) => h.id);
    expect(rankRuns([{ term: 'タイ', loose: exact, whole }]).map((h) => h.id)).toEqual(both);
    expect(both).toEqual(['ja_1', 'ja_3']);
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
    // The record as Pagefind writes it turns the headline's full-width space into an ordinary one; the card keeps the
    // headline's own (a fragment from Pagefind 1.6, words separated by U+200B).
    const spaced = buildExcerpt(
      {
        raw_content:
          '焦点\u200bは\u200b「\u200b安全\u200bの\u200b保証\u200b」\u200bへ \u200b米地\u200b上部\u200b隊\u200bは\u200b派遣\u200bせず\u200b. \u200b本文\u200bです\u200b。',
        locations: [4],
      },
      '焦点は「安全の保証」へ　米地上部隊は派遣せず',
      80,
    );
    expect(spaced.title.map((p) => p.text).join('')).toBe('焦点は「安全の保証」へ　米地上部隊は派遣せず');
    expect(spaced.title.filter((p) => p.mark).map((p) => p.text)).toEqual(['の']);
    const en = buildExcerpt({ raw_content: 'Talks resume. The Red Cross (ICRC) helped.', locations: [5] }, 'Talks resume', 80);
    expect(en.excerpt).toEqual([
      { text: 'The Red Cross (', mark: false },
      { text: 'ICRC', mark: true },
      { text: ') helped.', mark: false },
    ]);
  });
});

describe('queries of several words across the parts of an index', () => {
  it('cuts a query into the words Pagefind searches: Japanese as the segmenter does, others at spaces', () => {
    expect(queryWords('prisoner  exchange', 'en')).toEqual(['prisoner', 'exchange']);
    expect(queryWords('捕虜交換', 'ja')).toEqual(['捕虜', '交換']);
    expect(queryWords('停戦', 'ja')).toEqual(['停戦']);
  });

  it('tells the words a part found for a query word from the stand-ins a part without it took', () => {
    expect(matchesQueryWord('Archive', 'archive')).toBe(true);
    expect(matchesQueryWord('archive', 'archives')).toBe(true);
    expect(matchesQueryWord('negotiate', 'negotiations')).toBe(true);
    expect(matchesQueryWord('Zelenskyite,', 'Zelensky')).toBe(true);
    expect(matchesQueryWord('A', 'archive')).toBe(false);
    expect(matchesQueryWord('exchange', 'prisoner')).toBe(false);
    expect(matchesQueryWord('タイミング', 'タイ')).toBe(true);
    expect(matchesQueryWord('タ', 'タイ')).toBe(false);
    expect(matchesQueryWord('交換', '捕虜')).toBe(false);
  });
});
