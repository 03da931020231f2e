import { describe, expect, it } from 'vitest';
import { isLocale, locales, otherLocales, type Locale } from '../../src/shared/locales';
import { useTranslations } from '../../src/shared/i18n';
import { sameInEveryLocale } from '../../src/lib/alternates';
import { listingPage, pagedTitle } from '../../src/lib/listing';
import { localeStaticPaths } from '../../src/lib/routes';
import { formatDate, isoDay } from '../../src/lib/dates';
import { absoluteUrl, paths, swapLocale } from '../../src/shared/urls';
import { fileLocale } from '../../src/markdown/file-locale';

describe('locales', () => {
  it('lists Japanese and English', () => {
    expect(locales).toEqual(['ja', 'en']);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocales('ja')).toEqual(['en']);
  });
});

describe('dates', () => {
  it('formats per locale', () => {
    expect(formatDate(new Date('2025-05-16'), 'ja')).toBe('2025年5月16日');
    expect(formatDate(new Date('2025-05-16'), 'en')).toBe('16 May 2025');
  });

  it('uses the newsroom time zone (Tokyo) for the calendar day', () => {
    const lateUtc = new Date('2025-05-16T20:00:00Z');
    expect(isoDay(lateUtc)).toBe('2025-05-17');
    expect(formatDate(lateUtc, 'en')).toBe('17 May 2025');
    expect(isoDay(new Date('2025-05-16'))).toBe('2025-05-16');
  });

  it('gives each instant its own day when asked again (isoDay remembers its results)', () => {
    for (let i = 0; i < 2; i++) {
      expect(isoDay(new Date('2025-01-31T15:00:00Z'))).toBe('2025-02-01');
      expect(isoDay(new Date('2025-01-31T14:59:59Z'))).toBe('2025-01-31');
    }
  });
});

describe('urls', () => {
  it('builds the contract URLs', () => {
    expect(paths.home('ja')).toBe('/ja/');
    expect(paths.article('en', 'istanbul-talks')).toBe('/en/articles/istanbul-talks/');
    expect(paths.topics('ja')).toBe('/ja/topics/');
    expect(paths.topic('en', 'peace-talks')).toBe('/en/topics/peace-talks/');
    expect(paths.topic('en', 'peace-talks', 1)).toBe('/en/topics/peace-talks/');
    expect(paths.topic('ja', 'peace-talks', 3)).toBe('/ja/topics/peace-talks/3/');
    expect(paths.search('en')).toBe('/en/search/');
  });

  it('swaps the locale segment only', () => {
    expect(swapLocale('/ja/topics/ja/', 'en')).toBe('/en/topics/ja/');
    expect(swapLocale('/en/', 'ja')).toBe('/ja/');
    expect(swapLocale('/en', 'ja')).toBe('/ja/');
  });

  it('makes absolute URLs from the site setting', () => {
    expect(absoluteUrl('/en/', 'https://news.example/')).toBe('https://news.example/en/');
    expect(absoluteUrl('/en/', undefined)).toBe('/en/');
  });

  it('lists a page in every language', () => {
    expect(sameInEveryLocale(paths.search)).toEqual([
      { lang: 'ja', href: '/ja/search/', real: true },
      { lang: 'en', href: '/en/search/', real: true },
    ]);
  });
});

describe('fileLocale', () => {
  it('reads the language from the file name', () => {
    expect(fileLocale('/x/content/articles/a/en.md')).toBe('en');
    expect(fileLocale('C:\\x\\articles\\a\\ja.mdx')).toBe('ja');
    expect(fileLocale('/x/readme.md')).toBe('ja');
    expect(fileLocale(undefined)).toBe('ja');
  });
});

describe('routes', () => {
  it('makes one path per locale', () => {
    expect(localeStaticPaths()).toEqual([{ params: { lang: 'ja' } }, { params: { lang: 'en' } }]);
  });
});

describe('listing', () => {
  it('numbers listing pages after the first, in the page language', () => {
    expect(pagedTitle('Peace talks', { currentPage: 1, lastPage: 3 }, useTranslations('en'))).toBe('Peace talks');
    expect(pagedTitle('Peace talks', { currentPage: 2, lastPage: 3 }, useTranslations('en'))).toBe('Peace talks (Page 2 of 3)');
    expect(pagedTitle('和平交渉', { currentPage: 2, lastPage: 3 }, useTranslations('ja'))).toBe('和平交渉 (2 / 3 ページ)');
  });

  it('gives a listing page its title, its path and the same page number in every language', () => {
    const topicPage = (l: Locale, n: number) => paths.topic(l, 'peace-talks', n);
    expect(listingPage('en', 'Peace talks', { currentPage: 2, lastPage: 3 }, topicPage)).toEqual({
      title: 'Peace talks (Page 2 of 3)',
      path: '/en/topics/peace-talks/2/',
      alternates: [
        { lang: 'ja', href: '/ja/topics/peace-talks/2/', real: true },
        { lang: 'en', href: '/en/topics/peace-talks/2/', real: true },
      ],
    });
    expect(listingPage('ja', '和平交渉', { currentPage: 1, lastPage: 3 }, topicPage)).toMatchObject({
      title: '和平交渉',
      path: '/ja/topics/peace-talks/',
    });
  });
});
