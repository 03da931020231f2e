import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTranslations } from '../../src/shared/i18n';
import { debounce } from '../../src/lib/debounce';
import {
  emptySearch,
  excerptParts,
  interpolate,
  mergeSorted,
  newestFirst,
  pagefindFilters,
  parseSearchParams,
  pluralTemplate,
  primaryIndexLanguage,
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

describe('primaryIndexLanguage', () => {
  const both = { languages: { ja: { wasm: null }, en: { wasm: 'en' } } };

  it('picks the index with a stemmer, whatever the page language', () => {
    expect(primaryIndexLanguage(both, 'ja')).toBe('en');
    expect(primaryIndexLanguage(both, 'en')).toBe('en');
  });

  it('keeps the page language when no index has a stemmer, and copes with a missing index', () => {
    expect(primaryIndexLanguage({ languages: { ja: { wasm: null }, en: { wasm: null } } }, 'en')).toBe('en');
    expect(primaryIndexLanguage({ languages: { ja: { wasm: null } } }, 'en')).toBe('ja');
    expect(primaryIndexLanguage({ languages: {} }, 'ja')).toBe('ja');
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
    const config = searchPageConfig('ja', [{ id: 'ukraine', name: 'ウクライナ情勢' }], '/');
    expect(config.bundle).toBe('/pagefind/');
    expect(config.languageNames).toEqual({ ja: '日本語', en: '英語' });
    expect(config.topics).toEqual({ ukraine: { name: 'ウクライナ情勢', href: '/ja/topics/ukraine/' } });
    expect(config.messages.noResults).toBe(useTranslations('ja')('search.noResults'));
  });
});

describe('mergeSorted', () => {
  it('interleaves sorted lists and loads only what it returns plus one head per list', async () => {
    const loaded: string[] = [];
    const ja = ['2025-05-01', '2025-03-01', '2025-01-01'];
    const en = ['2025-04-01', '2025-02-01'];
    const cursor = mergeSorted(
      [ja, en],
      async (isoDate) => {
        loaded.push(isoDate);
        return { isoDate };
      },
      newestFirst,
    );
    expect(cursor.remaining()).toBe(5);
    expect((await cursor.take(2)).map((r) => r.isoDate)).toEqual(['2025-05-01', '2025-04-01']);
    expect(loaded.length).toBeLessThanOrEqual(4);
    expect((await cursor.take(10)).map((r) => r.isoDate)).toEqual(['2025-03-01', '2025-02-01', '2025-01-01']);
    expect(cursor.remaining()).toBe(0);
    expect(loaded.sort()).toEqual([...ja, ...en].sort());
  });

  it('keeps the order of a single list', async () => {
    const cursor = mergeSorted(
      [[3, 1, 2]],
      async (n) => n,
      () => 0,
    );
    expect(await cursor.take(2)).toEqual([3, 1]);
    expect(await cursor.take(2)).toEqual([2]);
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
