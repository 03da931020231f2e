import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTranslations } from '../../src/shared/i18n';
import { debounce } from '../../src/lib/debounce';
import {
  emptySearch,
  excerptParts,
  interpolate,
  pagefindFilters,
  parseSearchParams,
  pluralTemplate,
  searchQueryString,
  toResultView,
  type ResultLabels,
} from '../../src/lib/search';
import { pluralForms, searchPageConfig } from '../../src/lib/search-config';

describe('search state in the URL', () => {
  const topics = ['ukraine', 'peace-talks'];

  it('reads the query, language, topic and sort', () => {
    expect(parseSearchParams(new URLSearchParams('q=捕虜交換&lang=ja&topic=ukraine&sort=date'), topics)).toEqual({
      q: '捕虜交換',
      lang: 'ja',
      topic: 'ukraine',
      sort: 'date',
    });
  });

  it('drops values the page does not offer', () => {
    expect(parseSearchParams(new URLSearchParams('q=x&lang=fr&topic=gone&sort=random'), topics)).toEqual({
      ...emptySearch,
      q: 'x',
    });
    expect(parseSearchParams(new URLSearchParams(''), topics)).toEqual(emptySearch);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(searchQueryString(emptySearch)).toBe('');
    expect(searchQueryString({ ...emptySearch, q: 'prisoner exchange' })).toBe('?q=prisoner+exchange');
    const state = { q: '捕虜 交換', lang: 'en', topic: 'peace-talks', sort: 'date' } as const;
    const query = searchQueryString(state);
    expect(query).toBe('?q=%E6%8D%95%E8%99%9C+%E4%BA%A4%E6%8F%9B&lang=en&topic=peace-talks&sort=date');
    expect(parseSearchParams(new URLSearchParams(query), topics)).toEqual(state);
  });

  it('turns the state into Pagefind filters named as on the story page', () => {
    expect(pagefindFilters(emptySearch)).toEqual({});
    expect(pagefindFilters({ lang: 'ja', topic: 'ukraine' })).toEqual({ language: 'ja', topic: 'ukraine' });
  });
});

describe('excerptParts', () => {
  it('splits highlights from text and unescapes what Pagefind escaped', () => {
    expect(excerptParts('ロシアとウクライナが<mark>捕虜</mark>を<mark>交換</mark>。 a &lt;b&gt; & c')).toEqual([
      { text: 'ロシアとウクライナが', mark: false },
      { text: '捕虜', mark: true },
      { text: 'を', mark: false },
      { text: '交換', mark: true },
      { text: '。 a <b> & c', mark: false },
    ]);
  });

  it('never turns excerpt text into markup', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt;');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('toResultView', () => {
  const labels: ResultLabels = {
    pageLang: 'en',
    languageNames: { ja: 'Japanese', en: 'English' },
    topics: { ukraine: { name: 'Ukraine war', href: '/en/topics/ukraine/' } },
  };

  it('labels a Japanese result on an English page in English', () => {
    const view = toResultView(
      {
        url: '/ja/articles/prisoner-exchange/',
        excerpt: '<mark>捕虜</mark>を交換',
        meta: { title: 'ロシアとウクライナが捕虜を交換', date: '2025-02-14' },
        filters: { language: ['ja'], topic: ['ukraine', 'deleted-topic'] },
      },
      labels,
    );
    expect(view).toEqual({
      url: '/ja/articles/prisoner-exchange/',
      title: 'ロシアとウクライナが捕虜を交換',
      titleParts: [{ text: 'ロシアとウクライナが捕虜を交換', mark: false }],
      lang: 'ja',
      langName: 'Japanese',
      isoDate: '2025-02-14',
      date: '14 February 2025',
      excerpt: [
        { text: '捕虜', mark: true },
        { text: 'を交換', mark: false },
      ],
      topics: [{ id: 'ukraine', name: 'Ukraine war', href: '/en/topics/ukraine/' }],
    });
  });

  it('formats the date for the page language', () => {
    const view = toResultView(
      { url: '/en/x/', excerpt: '', meta: { title: 'X', date: '2025-02-14' }, filters: { language: ['en'] } },
      { ...labels, pageLang: 'ja' },
    );
    expect(view.date).toBe('2025年2月14日');
  });

  it('survives a result without metadata', () => {
    const view = toResultView({ url: '/x/', excerpt: '', meta: {}, filters: {} }, labels);
    expect(view).toMatchObject({ title: '/x/', lang: undefined, langName: '', date: '', topics: [] });
  });
});

describe('messages', () => {
  it('interpolates like i18next', () => {
    expect(interpolate('{{count}} results for “{{query}}”', { count: 3, query: 'x' })).toBe('3 results for “x”');
    expect(interpolate('{{missing}}', {})).toBe('{{missing}}');
  });

  it('passes every plural form of the result count, and they match i18next', () => {
    const en = pluralForms('en', 'search.resultCount');
    expect(Object.keys(en).sort()).toEqual(['one', 'other']);
    expect(Object.keys(pluralForms('ja', 'search.resultCount'))).toEqual(['other']);
    for (const [lang, bcp47] of [
      ['en', 'en-US'],
      ['ja', 'ja-JP'],
    ] as const) {
      const forms = pluralForms(lang, 'search.resultCount');
      for (const count of [0, 1, 2, 21]) {
        expect(interpolate(pluralTemplate(forms, count, bcp47), { count, query: 'q' })).toBe(
          useTranslations(lang)('search.resultCount', { count, query: 'q' }),
        );
      }
    }
  });

  it('builds the page configuration from our dictionaries', () => {
    const archive = {
      stories: 0,
      missing: { ja: [], en: [] },
      scripts: { ja: { japanese: false, other: false }, en: { japanese: false, other: false } },
    };
    const config = searchPageConfig('ja', [{ id: 'ukraine', name: 'ウクライナ情勢' }], '/', archive);
    expect(config.bundle).toBe('/pagefind/');
    expect(config.archive).toBe(archive);
    expect(config.languageNames).toEqual({ ja: '日本語', en: '英語' });
    expect(config.topics).toEqual({ ukraine: { name: 'ウクライナ情勢', href: '/ja/topics/ukraine/' } });
    expect(config.messages.noResults).toBe(useTranslations('ja')('search.noResults'));
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, with the last arguments, after calls pause', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const debounced = debounce(fn, 250);
    debounced('p');
    vi.advanceTimersByTime(100);
    debounced('pr');
    vi.advanceTimersByTime(100);
    debounced('pri');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(fn).toHaveBeenCalledExactlyOnceWith('pri');
  });

  it('can run a pending call now, or drop it', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const debounced = debounce(fn, 250);
    debounced('a');
    debounced.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith('a');
    debounced('b');
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
    debounced.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
