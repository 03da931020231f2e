import { describe, expect, it } from 'vitest';
import { analysisLabel, analysisNumber, dictionaries, translationCacheKey, useTranslations } from '../../src/shared/i18n';
import { locales } from '../../src/shared/locales';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** Keys with plural forms folded into their base key: Japanese has no `_one`, English does. */
const baseKeys = (dict: Record<string, string>) => [...new Set(Object.keys(dict).map((k) => k.replace(pluralSuffix, '')))].sort();

describe('UI dictionaries', () => {
  it('ja and en have exactly the same keys', () => {
    expect(baseKeys(dictionaries.ja)).toEqual(baseKeys(dictionaries.en));
  });

  it.each(locales)('%s has no empty strings', (lang) => {
    for (const [key, value] of Object.entries(dictionaries[lang])) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.en)) {
      const jaKey = key in dictionaries.ja ? key : key.replace(pluralSuffix, '_other');
      const ja = (dictionaries.ja as Record<string, string>)[jaKey];
      expect(ja, key).toBeDefined();
      expect(vars(ja!), key).toEqual(vars((dictionaries.en as Record<string, string>)[key]!));
    }
  });

  it('keeps Japanese out of the English dictionary', () => {
    for (const [key, value] of Object.entries(dictionaries.en)) {
      // lang.name of the *other* language is looked up from that language's dictionary, never from here.
      expect(value, key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('useTranslations', () => {
  it('returns the string for the requested language', () => {
    expect(useTranslations('ja')('nav.home')).toBe('ホーム');
    expect(useTranslations('en')('nav.home')).toBe('Home');
  });

  it('interpolates without escaping (Astro escapes on output)', () => {
    expect(useTranslations('en')('story.byline', { author: 'A & B' })).toBe('By A & B');
  });

  it('chooses plural forms per language', () => {
    expect(useTranslations('en')('topics.count', { count: 1 })).toBe('1 story');
    expect(useTranslations('en')('topics.count', { count: 3 })).toBe('3 stories');
    expect(useTranslations('ja')('topics.count', { count: 3 })).toBe('3件');
  });
});

describe('translation cache', () => {
  it('gives each call with other options its own result', () => {
    const t = useTranslations('en');
    expect(t('topics.count', { count: 1 })).toBe('1 story');
    expect(t('topics.count', { count: 3 })).toBe('3 stories');
    expect(t('topics.count', { count: 1 })).toBe('1 story');
    expect(t('story.byline', { author: 'A' })).toBe('By A');
    expect(t('story.byline', { author: 'B' })).toBe('By B');
    expect(useTranslations('ja')('nav.home')).toBe('ホーム');
    expect(t('nav.home')).toBe('Home');
  });

  it('keys calls by key and plain option values, and never caches other options', () => {
    expect(translationCacheKey('nav.home')).toBe('nav.home');
    expect(translationCacheKey('nav.home', {})).toBe('nav.home{}');
    const numbered = (number: number | string) => translationCacheKey('table.label', { number });
    expect(numbered(1)).not.toBe(numbered('1'));
    expect(translationCacheKey('topics.count', { count: Number.NaN })).toBeUndefined();
    expect(translationCacheKey('story.byline', { author: { name: 'A' } })).toBeUndefined();
  });
});

describe('analysis point labels', () => {
  it('uses circled digits in Japanese and plain digits in English', () => {
    expect(analysisNumber(1, 'ja')).toBe('①');
    expect(analysisNumber(20, 'ja')).toBe('⑳');
    expect(analysisNumber(21, 'ja')).toBe('㉑');
    expect(analysisNumber(3, 'en')).toBe('3');
    expect(analysisLabel(2, 'ja')).toBe('解説ポイント②');
    expect(analysisLabel(2, 'en')).toBe('Analysis Point 2');
  });

  it('falls back to digits past the circled range', () => {
    expect(analysisNumber(51, 'ja')).toBe('51');
  });
});
