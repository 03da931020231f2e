// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
// The HTML of a chronology, built once here for both places that show one: a story's `::timeline` (the Markdown
// workers, src/markdown/remark-story-directives.ts) and a topic's timeline page (src/pages/[lang]/topics/[topic]/timeline.astro).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { afterLabel, useTranslations } from './i18n/index.ts';
import type { Locale } from './locales.ts';
import { formatTimelineDate, type Timeline, type TimelineEvent } from './timelines.ts';
import { paths } from './urls.ts';

export interface TimelineHtmlOptions {
  lang: Locale;
  /** The chronology's caption (a story's slice names its dates); none on the timeline page, whose heading names it. */
  caption?: string;
  /** A link to the whole chronology under the slice (in a story). */
  fullLink?: boolean;
}

const time = (event: TimelineEvent, lang: Locale) => h('time', { dateTime: event.date.iso }, formatTimelineDate(event.date, lang));

/** The sources of a chronology's events, each once, numbered in order of first use. */
function sourceNotes(timeline: Timeline, lang: Locale): Map<string, number> {
  const notes = new Map<string, number>();
  for (const e of timeline.events) {
    const source = e.source?.[lang];
    if (source && !notes.has(source)) notes.set(source, notes.size + 1);
  }
  return notes;
}

/** The event's words, a link to its story when it has one, and the number of its source in the notes below. */
function eventContent(event: TimelineEvent, lang: Locale, notes: ReadonlyMap<string, number>): ElementContent[] {
  const t = useTranslations(lang);
  const text = event.story ? h('a', { href: paths.article(lang, event.story), className: ['timeline__story'] }, event.text[lang]) : event.text[lang];
  const parts: ElementContent[] = [h('span', { className: ['timeline__text'] }, text)];
  const note = event.source?.[lang] ? notes.get(event.source[lang]) : undefined;
  if (note !== undefined) {
    parts.push(
      h('span', { className: ['timeline__source'] }, [
        h('span', { className: ['timeline__source-label'] }, t('figure.source')),
        afterLabel(t('figure.source'), `[${note}]`),
      ]),
    );
  }
  return parts;
}

/**
 * The row of one event in the wide table: its date, then a cell per actor column; an event of several actors side
 * by side spans their columns, one of actors apart is shown in each of theirs.
 */
function eventRow(event: TimelineEvent, timeline: Timeline, lang: Locale, notes: ReadonlyMap<string, number>): Element {
  const cells: ElementContent[] = [h('th', { scope: 'row', className: ['timeline__date'] }, time(event, lang))];
  const involved = timeline.actors.map((a) => event.actors.includes(a.id));
  for (let i = 0; i < involved.length;) {
    if (!involved[i]) {
      cells.push(h('td'));
      i++;
      continue;
    }
    let span = 1;
    while (involved[i + span]) span++;
    cells.push(h('td', { colSpan: span > 1 ? span : undefined, className: ['timeline__event'] }, eventContent(event, lang, notes)));
    i += span;
  }
  return h('tr', cells);
}

/**
 * A chronology as HTML, twice over for two screens, each with its own semantics: a table with a column per actor
 * for wide screens (the research paper's 表1/表2), and a dated list with actor labels for phones. CSS shows one
 * (src/styles/); the search index reads the list only.
 */
export function timelineHtml(timeline: Timeline, options: TimelineHtmlOptions): Element {
  const { lang } = options;
  const t = useTranslations(lang);
  const name = (id: string) => timeline.actors.find((a) => a.id === id)?.name[lang] ?? id;
  const notes = sourceNotes(timeline, lang);
  const table = h('table', { className: ['timeline__table'] }, [
    h(
      'thead',
      h('tr', [
        h('th', { scope: 'col', className: ['timeline__date'] }, t('timeline.date')),
        ...timeline.actors.map((a) => h('th', { scope: 'col' }, a.name[lang])),
      ]),
    ),
    h(
      'tbody',
      timeline.events.map((e) => eventRow(e, timeline, lang, notes)),
    ),
  ]);
  const list = h(
    'ol',
    { className: ['timeline__list'] },
    timeline.events.map((e) =>
      h('li', { className: ['timeline__item'] }, [
        time(e, lang),
        h(
          'span',
          { className: ['timeline__actors'] },
          e.actors.map((id) => h('span', { className: ['timeline__actor'] }, name(id))),
        ),
        ...eventContent(e, lang, notes),
      ]),
    ),
  );
  const children: ElementContent[] = [];
  if (options.caption) children.push(h('figcaption', { className: ['timeline__caption'] }, options.caption));
  children.push(h('div', { className: ['timeline__wide'] }, table), list);
  if (notes.size) {
    // Each source once, under the chronology, instead of under every event it gives.
    children.push(
      h('p', { className: ['timeline__sources-title'] }, t('timeline.sources')),
      h(
        'ol',
        { className: ['timeline__sources'] },
        [...notes.keys()].map((source) => h('li', source)),
      ),
    );
  }
  if (options.fullLink)
    children.push(h('p', { className: ['timeline__more'] }, h('a', { href: paths.timeline(lang, timeline.topic) }, t('timeline.full'))));
  // A figure, so that the caption names the whole chronology, whichever of its two forms the screen shows.
  return h('figure', { className: ['timeline'] }, children);
}

/**
 * The caption of a story's slice: the dates of its first and last events.
 * @example sliceCaption(slice, 'en') // 'Chronology, May 2025 to August 2025'
 */
export function sliceCaption(timeline: Timeline, lang: Locale): string {
  const t = useTranslations(lang);
  const first = timeline.events[0];
  const last = timeline.events.at(-1);
  if (!first || !last) return t('timeline.link');
  const from = formatTimelineDate(first.date, lang);
  const to = formatTimelineDate(last.date, lang);
  return from === to ? t('timeline.captionOne', { date: from }) : t('timeline.caption', { from, to });
}
