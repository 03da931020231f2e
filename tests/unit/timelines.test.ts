import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { timelineHtml, sliceCaption } from '../../src/shared/timeline-html';
import { formatTimelineDate, readTimelineDate, sliceProblems, sliceTimeline, timelineOf, timelineProblems } from '../../src/shared/timelines';

const data = {
  actors: [
    { id: 'russia', name: { ja: 'ロシア', en: 'Russia' } },
    { id: 'ukraine', name: { ja: 'ウクライナ', en: 'Ukraine' } },
    { id: 'us', name: { ja: '米国', en: 'United States' } },
  ],
  events: [
    { date: '2025-08', actors: ['us', 'russia'], ja: '首脳会談', en: 'Summit' },
    { date: new Date(Date.UTC(2025, 4, 16)), actors: ['ukraine', 'russia'], ja: '直接協議', en: 'Direct talks', story: 'istanbul' },
    { date: 2014, actors: ['russia'], ja: '編入', en: 'Annexation', source: { ja: '論文', en: 'Paper' } },
    { date: '2025-05', actors: ['us'], ja: '仲介', en: 'Mediation' },
  ],
};
const timeline = timelineOf('ukraine', data);

describe('timeline dates', () => {
  it('reads a year, a month or a day, including a day YAML already turned into a Date', () => {
    expect(readTimelineDate(2014)).toEqual({ iso: '2014', precision: 'year', start: '2014-01-01', end: '2014-12-31' });
    expect(readTimelineDate('2024-02')).toEqual({ iso: '2024-02', precision: 'month', start: '2024-02-01', end: '2024-02-29' });
    expect(readTimelineDate(new Date(Date.UTC(2025, 4, 16)))?.iso).toBe('2025-05-16');
  });

  it('refuses what is not on the calendar or not a date at all', () => {
    for (const bad of ['2025-02-30', '2025-13', '2025-5-16', '25-05-16', 'May 2025', '', null, undefined, 2014.5, true]) {
      expect(readTimelineDate(bad), String(bad)).toBeUndefined();
    }
  });

  it('is written at its precision, English the British way', () => {
    const d = (v: string) => readTimelineDate(v)!;
    expect(['2014', '2014-03', '2014-03-18'].map((v) => formatTimelineDate(d(v), 'ja'))).toEqual(['2014年', '2014年3月', '2014年3月18日']);
    expect(['2014', '2014-03', '2014-03-18'].map((v) => formatTimelineDate(d(v), 'en'))).toEqual(['2014', 'March 2014', '18 March 2014']);
  });
});

describe('reading a timeline', () => {
  it('sorts the events oldest first, keeps the file’s order on a tie, and orders each event’s actors as the file lists them', () => {
    expect(timeline.events.map((e) => e.date.iso)).toEqual(['2014', '2025-05', '2025-05-16', '2025-08']);
    expect(timeline.events[2]!.actors).toEqual(['russia', 'ukraine']);
    expect(timeline.events[3]!.actors).toEqual(['russia', 'us']);
  });

  it('slices by date (to= runs to the end of its month) and by actor, keeping only those columns', () => {
    const may = sliceTimeline(timeline, { from: '2025-05', to: '2025-05' });
    expect(may.events.map((e) => e.date.iso)).toEqual(['2025-05', '2025-05-16']);
    const us = sliceTimeline(timeline, { actors: ['us'] });
    expect(us.actors.map((a) => a.id)).toEqual(['us']);
    expect(us.events.map((e) => e.text.en)).toEqual(['Mediation', 'Summit']);
    expect(us.events[1]!.actors).toEqual(['us']);
  });
});

describe('what is wrong with a timeline file', () => {
  it('finds nothing in a good one', () => {
    expect(timelineProblems(data, new Set(['istanbul']))).toEqual([]);
  });

  it('names each problem with the path of its field', () => {
    const bad = {
      actors: [{ id: 'Russia!', name: { ja: 'ロシア' } }],
      events: [{ date: '2025-02-30', actors: ['ukraine'], ja: 'x', story: 'nope', source: { en: 'Paper' }, where: 'x' }],
      extra: 1,
    };
    expect(timelineProblems(bad, new Set()).map((p) => [p.kind, p.path.join('.')])).toEqual([
      ['unknown-field', 'extra'],
      ['bad-actor-id', 'actors.0.id'],
      ['actor-name', 'actors.0.name.en'],
      ['unknown-field', 'events.0.where'],
      ['bad-date', 'events.0.date'],
      ['unknown-actor', 'events.0.actors.0'],
      ['missing-text', 'events.0.en'],
      ['missing-source', 'events.0.source.ja'],
      ['unknown-story', 'events.0.story'],
    ]);
  });

  it('judges a Date by the text the editor wrote, since YAML reads 2025-02-30 as 2 March', () => {
    const written = { actors: data.actors, events: [{ ...data.events[1], date: new Date(Date.UTC(2025, 2, 2)) }] };
    expect(timelineProblems(written, new Set(['istanbul']), () => '2025-02-30').map((p) => p.kind)).toEqual(['bad-date']);
  });

  it('checks a ::timeline against the timelines: topic, dates in order, actors, and a range that holds events', () => {
    const timelines = new Map([['ukraine', timeline]]);
    expect(sliceProblems(timelines, { topic: 'ukraine', from: '2025-05', to: '2025-08' })).toEqual([]);
    expect(sliceProblems(timelines, { topic: 'ukriane' })).toEqual([{ kind: 'unknown-topic', topic: 'ukriane', known: ['ukraine'] }]);
    expect(sliceProblems(timelines, { topic: 'ukraine', from: '2025-09', to: '2025-05' }).map((p) => p.kind)).toEqual(['reversed']);
    expect(sliceProblems(timelines, { topic: 'ukraine', actors: 'us, eu' }).map((p) => p.kind)).toEqual(['unknown-actor']);
    expect(sliceProblems(timelines, { topic: 'ukraine', from: '2020', to: '2021' })).toEqual([{ kind: 'empty', topic: 'ukraine' }]);
    expect(sliceProblems(timelines, { topic: 'ukraine', from: 'May' }).map((p) => p.kind)).toEqual(['bad-bound']);
  });
});

describe('the HTML of a chronology', () => {
  it('spans actors side by side, repeats an event in the columns of actors apart, and numbers each source once', () => {
    const html = toHtml(timelineHtml(timeline, { lang: 'en', caption: sliceCaption(timeline, 'en') }));
    expect(html).toContain('<figcaption class="timeline__caption">Chronology, 2014 to August 2025</figcaption>');
    // 16 May 2025: Russia and Ukraine, the first two columns.
    expect(html).toContain(
      '<td colspan="2" class="timeline__event"><span class="timeline__text"><a href="/en/articles/istanbul/" class="timeline__story">Direct talks</a>',
    );
    // August 2025: Russia and the United States, Ukraine between them.
    expect(html.match(/<span class="timeline__text">Summit<\/span>/g)).toHaveLength(3); // two table cells and the list
    expect(html).toContain('<ol class="timeline__sources"><li>Paper</li></ol>');
    expect(html).toContain('<time datetime="2014">2014</time>');
  });

  it('names one date once in its caption', () => {
    const one = sliceTimeline(timeline, { from: '2014', to: '2014' });
    expect(sliceCaption(one, 'ja')).toBe('年表（2014年）');
  });
});

describe('links to a chronology page', () => {
  it('are pages for a topic with a timeline file, and unknown pages for one without', async () => {
    const { checkLink } = await import('../../src/checks/rules/links');
    const site = {
      stories: new Map(),
      topics: new Set(['ukraine', 'asia']),
      timelines: new Set(['ukraine']),
      authors: new Set<string>(),
      contentFiles: new Set<string>(),
      publicFile: () => false,
    };
    expect(checkLink('/en/topics/ukraine/timeline/', false, site)).toBeUndefined();
    expect(checkLink('/ja/topics/asia/timeline/', false, site)).toEqual({ kind: 'unknown-page', url: '/ja/topics/asia/timeline/' });
  });
});
