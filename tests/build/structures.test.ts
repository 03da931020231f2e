import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/shared/locales';
import { useTranslations } from '../../src/shared/i18n';
import { join } from 'node:path';
import { fixtureSite, page } from '../helpers/build';
import { vnuErrors } from '../helpers/vnu';

/**
 * The structured half of analysis on the built fixture site: a brief written from the guide with `::timeline`,
 * `:::positions` and `:::figure` (tests/fixtures/basic/content/articles/structured-brief/), the chronology of its
 * topic (content/timelines/peace-talks.yaml) and the lead image of a story as a figure. What needs layout
 * (which of the two forms shows, card widths) is in tests/browser/structures.test.ts.
 */
const dist = fixtureSite.dist;
const brief = (lang: Locale) => page(dist, `/${lang}/articles/structured-brief/`);
const timelinePage = (lang: Locale) => page(dist, `/${lang}/topics/peace-talks/timeline/`);

/** The events of the brief's slice (2024-03 to 2025-06) in the fixture's timeline. */
const slice = {
  ja: ['2024年3月', '2024年12月30日', '2025年1月15日', '2025年5月16日', '2025年6月1日'],
  en: ['March 2024', '30 December 2024', '15 January 2025', '16 May 2025', '1 June 2025'],
};
const datetimes = ['2024-03', '2024-12-30', '2025-01-15', '2025-05-16', '2025-06-01'];
const actors = { ja: ['北部連合', '南部政府', '仲介国'], en: ['Northern Alliance', 'Southern Government', 'Mediator'] };

describe('::timeline in a story', () => {
  it.each(locales)('%s: a table with a column per actor, a row per event in the slice, every date a <time datetime>', (lang) => {
    const $ = brief(lang);
    const timeline = $('.story__body figure.timeline');
    expect(timeline).toHaveLength(1);
    expect(timeline.find('figcaption').text()).toBe(useTranslations(lang)('timeline.caption', { from: slice[lang][0], to: slice[lang][4] }));
    const table = timeline.find('.timeline__wide table.timeline__table');
    expect(
      table
        .find('thead th')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual([useTranslations(lang)('timeline.date'), ...actors[lang]]);
    expect(table.find('thead th[scope=col]')).toHaveLength(4);
    const rows = table.find('tbody tr');
    expect(rows.map((_, tr) => $(tr).find('th[scope=row] time').text()).get()).toEqual(slice[lang]);
    expect(rows.map((_, tr) => $(tr).find('th time').attr('datetime')).get()).toEqual(datetimes);
    // The chronology is not also wrapped as a scrolling table: it has its own phone layout.
    expect(timeline.closest('.table-wrap')).toHaveLength(0);
    expect(timeline.find('.table-wrap')).toHaveLength(0);
  });

  it('puts an event of actors side by side in one spanning cell, and one of actors apart in each of their columns', () => {
    const $ = brief('en');
    const cells = (i: number) =>
      $('.timeline__table tbody tr')
        .eq(i)
        .children('td')
        .map((_, td) => ({ span: Number($(td).attr('colspan') ?? 1), text: $(td).find('.timeline__text').text() }))
        .get();
    // March 2024: north and south, the first two columns.
    expect(cells(0)).toEqual([
      { span: 2, text: 'The two sides meet face to face for the first time' },
      { span: 1, text: '' },
    ]);
    // 15 January 2025: north and the mediator, with the south between them.
    const memo = 'The Northern Alliance and the mediator sign a memorandum';
    expect(cells(2)).toEqual([
      { span: 1, text: memo },
      { span: 1, text: '' },
      { span: 1, text: memo },
    ]);
  });

  it.each(locales)('%s: the same events as a dated list with actor labels, the one the search index reads', (lang) => {
    const $ = brief(lang);
    const items = $('ol.timeline__list > li');
    expect(items.map((_, li) => $(li).children('time').attr('datetime')).get()).toEqual(datetimes);
    expect(
      items
        .eq(2)
        .find('.timeline__actor')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual([actors[lang][0], actors[lang][2]]);
    expect($('.timeline__wide').attr('data-pagefind-ignore')).toBe('');
    expect($('ol.timeline__list').attr('data-pagefind-ignore')).toBeUndefined();
    expect($('.timeline__actors').first().attr('data-pagefind-ignore')).toBe('');
  });

  it.each(locales)('%s: links events to their stories in the reader’s language, names each source once, links the whole chronology', (lang) => {
    const $ = brief(lang);
    const list = $('ol.timeline__list');
    expect(
      list
        .find('a.timeline__story')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([`/${lang}/articles/paired-story/`, `/${lang}/articles/ja-only/`]);
    const t = useTranslations(lang);
    expect(
      $('ol.timeline__sources li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual([lang === 'ja' ? '仲介国外務省' : "Mediator's foreign ministry"]);
    expect(list.find('.timeline__source').length).toBe(2);
    expect(list.find('.timeline__source').first().text()).toBe(`${t('figure.source')}${lang === 'en' ? ' ' : ''}[1]`);
    expect($('.timeline__more a').attr('href')).toBe(`/${lang}/topics/peace-talks/timeline/`);
  });

  it('leaves the chronology out of the glossary links and mentions: it is shared data, not the story’s words', () => {
    expect(brief('ja')('figure.timeline a.gloss')).toHaveLength(0);
  });
});

describe('the chronology page of a topic', () => {
  it.each(locales)('%s: every event of the file, oldest first, each date at its precision, both forms', (lang) => {
    const $ = timelinePage(lang);
    expect($('h1').text()).toBe(useTranslations(lang)('timeline.title', { topic: lang === 'ja' ? '和平交渉' : 'Peace talks' }));
    const dates = $('ol.timeline__list > li > time')
      .map((_, t) => $(t).attr('datetime'))
      .get();
    expect(dates).toEqual(['2014', ...datetimes, '2025-08']);
    expect($('ol.timeline__list > li > time').first().text()).toBe(lang === 'ja' ? '2014年' : '2014');
    expect($('ol.timeline__list > li > time').last().text()).toBe(lang === 'ja' ? '2025年8月' : 'August 2025');
    expect($('.timeline__table tbody tr')).toHaveLength(7);
    // The intro, the count and the dates read as one line of text, spaced as each language spaces it.
    expect($('.page-intro p').first().text().replace(/\s+/g, ' ').trim()).toBe(
      lang === 'ja'
        ? '出来事を日付順に並べています。広い画面では当事者ごとの列で表示します。7件の出来事 · 2014年～2025年8月'
        : 'Events by date, in a column per party on a wide screen. 7 events · 2014 – August 2025',
    );
  });

  it.each(locales)('%s: is linked from its topic page and switches language to the same chronology', (lang) => {
    const topic = page(dist, `/${lang}/topics/peace-talks/`);
    expect(topic(`a[href="/${lang}/topics/peace-talks/timeline/"]`)).toHaveLength(1);
    expect(topic('.page-intro__timeline').text().trim()).toBe(lang === 'ja' ? '年表：和平交渉（7件の出来事）' : 'Chronology: Peace talks (7 events)');
    const other = lang === 'ja' ? 'en' : 'ja';
    expect(timelinePage(lang)(`link[rel=alternate][hreflang=${other}]`).attr('href')).toMatch(new RegExp(`/${other}/topics/peace-talks/timeline/$`));
    expect(timelinePage(lang)(`header a[href="/${other}/topics/peace-talks/timeline/"]`).length).toBeGreaterThan(0);
  });

  it('exists only for topics that have a timeline file', () => {
    expect(() => page(dist, '/en/topics/ukraine/timeline/')).toThrow();
    expect(page(dist, '/en/topics/ukraine/')('a[href$="/timeline/"]')).toHaveLength(0);
  });
});

describe(':::positions', () => {
  it.each(locales)('%s: a titled table, actors as column headers, issues as row headers, each position labelled with its actor', (lang) => {
    const $ = brief(lang);
    const table = $('.story__body .positions > table.positions__table');
    expect(table).toHaveLength(1);
    expect(table.children('caption').text()).toBe(lang === 'ja' ? '境界線をめぐる三者の主張' : 'Three positions on the boundary');
    expect(table.find('thead th[scope=col]')).toHaveLength(4);
    expect(
      table
        .find('tbody th[scope=row]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(lang === 'ja' ? ['境界線', '監視'] : ['Boundary', 'Monitoring']);
    const labels = table
      .find('tbody tr')
      .first()
      .find('td .positions__actor')
      .map((_, s) => $(s).text())
      .get();
    expect(labels).toEqual(actors[lang]);
    expect(table.closest('.table-wrap')).toHaveLength(0);
    expect(table.find('.positions__actor').first().attr('data-pagefind-ignore')).toBe('');
  });
});

describe(':::figure and the lead image', () => {
  it.each(locales)('%s: a <figure> with Astro’s optimised image and a caption that names the source', (lang) => {
    const $ = brief(lang);
    const figure = $('.story__body figure.figure');
    expect(figure).toHaveLength(1);
    const img = figure.children('img');
    expect(img).toHaveLength(1);
    expect(img.attr('src')).toMatch(/^\/_astro\/chart\.[\w-]+\.webp$/);
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(img.attr('alt')).toBe(
      lang === 'ja' ? '北部の境界線の候補を示す灰色の図' : 'A grey diagram of the candidate lines for the northern boundary',
    );
    const caption = figure.children('figcaption');
    expect(caption.text()).toBe(
      lang === 'ja'
        ? '境界線の候補。実線が現在の線を示す。 出所：本サイト作成'
        : 'Candidate lines for the boundary. The solid line is the current one. Source: The digest',
    );
    expect(caption.find('.figure__credit-label').attr('data-pagefind-ignore')).toBe('');
  });

  it('shows a story’s lead image under its headline as a figure, with its caption and credit', () => {
    const $ = page(dist, '/en/articles/en-only/');
    const figure = $('.story__header figure.figure');
    expect(figure.find('img').attr('alt')).toBe('A grey test card');
    // Astro names the optimised file after the first image with the same bytes (the fixture's chart is a copy).
    expect(figure.find('img').attr('src')).toMatch(/^\/_astro\/\w+\.[\w-]+\.webp$/);
    expect(figure.find('figcaption').text().replace(/\s+/g, ' ').trim()).toBe('The test card, as shown under the headline. Source: Fixture studio');
    // No lead image, no figure.
    expect(page(dist, '/en/articles/paired-story/')('.story__header figure')).toHaveLength(0);
  });
});

describe('the W3C Nu validator', () => {
  it('finds no errors on the brief and the chronology page, in either language', () => {
    const files = locales.flatMap((lang) => [
      join(dist, lang, 'articles/structured-brief/index.html'),
      join(dist, lang, 'topics/peace-talks/timeline/index.html'),
    ]);
    expect(vnuErrors(files).map((m) => `${m.url}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });
});
