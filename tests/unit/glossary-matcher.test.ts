import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/shared/glossary/entries';
import { compileMatcher, normalizeWithMap } from '../../src/shared/glossary/matcher';

const entries = [
  termsOf('witkoff', { kind: 'person', ja: { name: 'ウィトコフ', variants: ['ウィットコフ'] }, en: { name: 'Witkoff', variants: ['Whitkoff'] } }),
  termsOf('zelensky', { kind: 'person', ja: { name: 'ゼレンスキー' }, en: { name: 'Zelensky', variants: ['Zelenskyy', 'Zelenskiy'] } }),
  termsOf('thailand', { kind: 'place', ja: { name: 'タイ' }, en: { name: 'Thailand' } }),
  termsOf('russia', { kind: 'place', ja: { name: 'ロシア' }, en: { name: 'Russia' } }),
  termsOf('donetsk', { kind: 'place', ja: { name: 'ドネツク', variants: ['ドネツィク'] }, en: { name: 'Donetsk' } }),
  termsOf('trump', { kind: 'person', ja: { name: 'トランプ' }, en: { name: 'Trump' } }),
  termsOf('nato', { kind: 'organisation', ja: { name: 'NATO', variants: ['北大西洋条約機構'] }, en: { name: 'NATO' } }),
  termsOf('ceasefire', { kind: 'term', ja: { name: '停戦' }, en: { name: 'ceasefire', variants: ['cease-fire'] } }),
  termsOf('security-guarantees', { kind: 'term', ja: { name: '安全の保証', variants: ['安全保証'] }, en: { name: 'security guarantees' } }),
  termsOf('istanbul', { kind: 'place', ja: { name: 'イスタンブール', variants: ['イスタンブル'] }, en: { name: 'Istanbul' } }),
];
const matcher = compileMatcher(entries);
const found = (text: string, lang: 'ja' | 'en') =>
  matcher.find(text, lang).map((m) => `${m.id}:${text.slice(m.start, m.end)}${m.variant ? '*' : ''}`);

describe('glossary matcher: Japanese boundaries', () => {
  it('does not find a katakana name inside a longer katakana word', () => {
    expect(found('タイミングを計る', 'ja')).toEqual([]);
    expect(found('ネクタイを締めた', 'ja')).toEqual([]);
    expect(found('タイとカンボジアの国境', 'ja')).toEqual(['thailand:タイ']);
    expect(found('タイ軍が発表', 'ja')).toEqual(['thailand:タイ']);
  });
  it('a place name followed by 語 is the language, not the place', () => {
    expect(found('ロシア語で演説した', 'ja')).toEqual([]);
    expect(found('ロシアの代表団', 'ja')).toEqual(['russia:ロシア']);
    expect(found('ロシア大統領', 'ja')).toEqual(['russia:ロシア']);
  });
  it('finds names next to kanji and kana, and the parts of a full name', () => {
    expect(found('ゼレンスキー大統領は', 'ja')).toEqual(['zelensky:ゼレンスキー']);
    expect(found('ヴォロディミル・ゼレンスキー氏', 'ja')).toEqual(['zelensky:ゼレンスキー']);
    expect(found('トランプ氏とプーチン氏', 'ja')).toEqual(['trump:トランプ']);
    expect(found('停戦協議に臨んだ', 'ja')).toEqual(['ceasefire:停戦']);
  });
  it('marks variants and names the house spelling', () => {
    const [m] = matcher.find('米国のウィットコフ特使', 'ja');
    expect(m).toMatchObject({ id: 'witkoff', variant: true, house: 'ウィトコフ', form: 'ウィットコフ', start: 3, end: 9 });
    expect(found('ドネツィク州とイスタンブル', 'ja')).toEqual(['donetsk:ドネツィク*', 'istanbul:イスタンブル*']);
  });
  it('finds Latin spellings in Japanese text, variants with the Japanese house spelling', () => {
    const [m] = matcher.find('英語表記はZelenskyyとされる', 'ja');
    expect(m).toMatchObject({ id: 'zelensky', variant: true, house: 'ゼレンスキー', formLang: 'en' });
    expect(found('NATO加盟国', 'ja')).toEqual(['nato:NATO']);
  });
  it('the longer spelling wins where two start at the same place', () => {
    expect(found('北大西洋条約機構', 'ja')).toEqual(['nato:北大西洋条約機構*']);
    expect(found('安全保証と安全の保証', 'ja')).toEqual(['security-guarantees:安全保証*', 'security-guarantees:安全の保証']);
  });
});

describe('glossary matcher: Latin text', () => {
  it('needs word boundaries', () => {
    expect(found('Zelenskyy said', 'en')).toEqual(['zelensky:Zelenskyy*']);
    expect(found("Zelensky's office", 'en')).toEqual(['zelensky:Zelensky']);
    expect(found('Zelenskyyy', 'en')).toEqual([]);
    expect(found('NATOs', 'en')).toEqual([]);
    expect(found('Witkoffs', 'en')).toEqual([]);
  });
  it('capitalised names match as written or in capitals; lower-case terms match any case and a plural', () => {
    expect(found('a trump card', 'en')).toEqual([]);
    expect(found('TRUMP SAYS', 'en')).toEqual(['trump:TRUMP']);
    expect(found('Ceasefire talks and two ceasefires', 'en')).toEqual(['ceasefire:Ceasefire', 'ceasefire:ceasefires']);
    expect(found('a cease-fire', 'en')).toEqual(['ceasefire:cease-fire*']);
  });
  it('does not search an English text for Japanese spellings', () => {
    expect(found('ウィットコフ', 'en')).toEqual([]);
  });
});

describe('glossary matcher: full-width and half-width forms', () => {
  it('matches full-width Latin and half-width katakana, with offsets in the original text', () => {
    const text = 'ＮＡＴＯと米特使ｳｨｯﾄｺﾌ氏';
    const ms = matcher.find(text, 'ja');
    expect(ms.map((m) => [m.id, text.slice(m.start, m.end), m.variant])).toEqual([
      ['nato', 'ＮＡＴＯ', false],
      ['witkoff', 'ｳｨｯﾄｺﾌ', true],
    ]);
    expect(found('Ｚｅｌｅｎｓｋｙ', 'en')).toEqual(['zelensky:Ｚｅｌｅｎｓｋｙ']);
  });
  it('composes a half-width voiced mark with its letter', () => {
    expect(normalizeWithMap('ｾﾞﾚﾝｽｷｰ').text).toBe('ゼレンスキー');
    expect(found('ｾﾞﾚﾝｽｷｰ大統領', 'ja')).toEqual(['zelensky:ｾﾞﾚﾝｽｷｰ']);
  });
});

describe('glossary matcher: ids', () => {
  it('collects the entries mentioned in several texts', () => {
    expect([...matcher.ids(['ウィットコフ特使', 'トランプ大統領'], 'ja')].sort()).toEqual(['trump', 'witkoff']);
  });
});

describe('glossary conflicts', () => {
  it("reports a variant that is another entry's name, or that two entries list", async () => {
    const { glossaryConflicts } = await import('../../src/shared/glossary/conflicts');
    const list = [
      termsOf('a', { kind: 'person', ja: { name: 'ウィトコフ' }, en: { name: 'Witkoff', variants: ['Whitkoff'] } }),
      termsOf('b', { kind: 'person', ja: { name: 'ビー', variants: ['ウィトコフ'] }, en: { name: 'Bee', variants: ['Whitkoff'] } }),
      termsOf('c', { kind: 'person', ja: { name: 'シー', variants: ['ｳｨﾄｺﾌ'] }, en: { name: 'Sea' } }),
    ];
    expect(glossaryConflicts(list)).toEqual([
      { id: 'b', lang: 'ja', variant: 'ウィトコフ', kind: 'name', other: 'a' },
      { id: 'b', lang: 'en', variant: 'Whitkoff', kind: 'variant', other: 'a' },
      { id: 'c', lang: 'ja', variant: 'ｳｨﾄｺﾌ', kind: 'name', other: 'a' },
    ]);
    expect(glossaryConflicts(list.slice(0, 1))).toEqual([]);
  });
});
