// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
// Chronologies, `content/timelines/{topic}.yaml`: the actors and dated events of a topic, read as plain data by
// the Markdown workers (`::timeline` in a story), the topic timeline pages and the content checks.
import { join } from 'node:path';
import { locales, type Locale } from './locales.ts';
import { readYamlFolder, yamlFolderDigest, type YamlFile } from './yaml-folder.ts';

/** How precisely an event's date is known, as the editor wrote it: `2014`, `2014-03` or `2014-03-18`. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface TimelineDate {
  /** The date as written, normalised: `2014`, `2014-03` or `2014-03-18` (what `<time datetime>` takes). */
  iso: string;
  precision: DatePrecision;
  /** The first and last calendar day the date covers, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export interface TimelineActor {
  id: string;
  name: Record<Locale, string>;
}

export interface TimelineEvent {
  date: TimelineDate;
  /** Actor ids, in the order of the file's `actors` list. */
  actors: string[];
  text: Record<Locale, string>;
  /** The slug of the story that covers the event. */
  story?: string;
  source?: Record<Locale, string>;
}

export interface Timeline {
  /** The topic id: the file name. */
  topic: string;
  actors: TimelineActor[];
  /** Oldest first; events on the same date keep the file's order. */
  events: TimelineEvent[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a timeline date as YAML gives it: a year (`2014`, a number), a month (`2014-03`), a day (`2014-03-18`,
 * which YAML itself may already have turned into a Date). Undefined for anything else or a day not on the calendar.
 * @example readTimelineDate('2025-05') // { iso: '2025-05', precision: 'month', start: '2025-05-01', end: '2025-05-31' }
 * @example readTimelineDate(2014)?.precision // 'year'
 * @example readTimelineDate('2025-02-30') // undefined
 */
export function readTimelineDate(value: unknown): TimelineDate | undefined {
  let text: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    text = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  } else if (typeof value === 'number' && Number.isInteger(value)) {
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: m[1]!, precision: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const days = lastDay(year, month);
  if (m[3] === undefined) return { iso: `${m[1]}-${m[2]}`, precision: 'month', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(days)}` };
  const day = Number(m[3]);
  if (day < 1 || day > days) return undefined;
  return { iso: text, precision: 'day', start: text, end: text };
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A timeline date as readers see it, at the precision it was written; English the British way, as the stories
 * write dates (CONTRIBUTING.md).
 * @example formatTimelineDate(readTimelineDate('2025-05-16')!, 'ja') // '2025年5月16日'
 * @example formatTimelineDate(readTimelineDate('2025-05-16')!, 'en') // '16 May 2025'
 * @example formatTimelineDate(readTimelineDate('2014-03')!, 'en') // 'March 2014'
 */
export function formatTimelineDate(date: TimelineDate, lang: Locale): string {
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number?, number?];
  if (lang === 'ja') return `${y}年` + (m ? `${m}月` : '') + (d ? `${d}日` : '');
  if (!m) return String(y);
  return (d ? `${d} ` : '') + `${englishMonths[m - 1]} ${y}`;
}

/** A mapping of the YAML, or undefined. */
const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const perLanguage = (v: unknown): Record<Locale, string> => {
  const r = record(v) ?? {};
  return Object.fromEntries(locales.map((l) => [l, trimmed(r[l])])) as Record<Locale, string>;
};

/** What can be wrong in a timeline file; `path` is where in the YAML, for the line (src/checks/rules/structures.ts). */
export type TimelineProblem = { path: PropertyKey[] } & (
  | { kind: 'not-a-mapping' }
  | { kind: 'no-actors' }
  | { kind: 'bad-actor-id'; value: string }
  | { kind: 'duplicate-actor'; id: string }
  | { kind: 'actor-name'; id: string; lang: Locale }
  | { kind: 'no-events' }
  | { kind: 'bad-date'; value: string }
  | { kind: 'no-event-actors' }
  | { kind: 'unknown-actor'; id: string; known: string[] }
  | { kind: 'missing-text'; lang: Locale }
  | { kind: 'missing-source'; lang: Locale }
  | { kind: 'unknown-story'; slug: string }
  | { kind: 'unknown-field'; field: string; allowed: readonly string[] }
);

const actorFields = ['id', 'name'] as const;
const eventFields = ['date', 'actors', 'ja', 'en', 'story', 'source'] as const;
const topFields = ['actors', 'events', 'checks'] as const;
const actorIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const shown = (v: unknown) =>
  v instanceof Date ? (readTimelineDate(v)?.iso ?? String(v)) : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));

/**
 * Everything wrong with a timeline file's data, in file order. `stories`, when given, are the story slugs that
 * exist, for the events' `story:` links.
 * @example timelineProblems({ actors: [{ id: 'us', name: { ja: '米国', en: 'US' } }], events: [{ date: '2025-13', actors: ['us'], ja: 'x', en: 'x' }] })[0].kind // 'bad-date'
 */
export function timelineProblems(
  data: unknown,
  stories?: ReadonlySet<string>,
  /** The date of event `index` as written, where YAML turned it into a Date (and 2025-02-30 into 2 March). */
  writtenDate?: (index: number) => string | undefined,
): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const top = record(data);
  if (!top) return [{ kind: 'not-a-mapping', path: [] }];
  for (const key of Object.keys(top))
    if (!(topFields as readonly string[]).includes(key)) problems.push({ kind: 'unknown-field', field: key, allowed: topFields, path: [key] });
  const known: string[] = [];
  const actors = Array.isArray(top['actors']) ? top['actors'] : [];
  if (!actors.length) problems.push({ kind: 'no-actors', path: ['actors'] });
  actors.forEach((a, i) => {
    const actor = record(a) ?? {};
    const id = trimmed(actor['id']);
    if (!actorIdPattern.test(id)) problems.push({ kind: 'bad-actor-id', value: shown(actor['id'] ?? ''), path: ['actors', i, 'id'] });
    else if (known.includes(id)) problems.push({ kind: 'duplicate-actor', id, path: ['actors', i, 'id'] });
    else known.push(id);
    for (const key of Object.keys(actor))
      if (!(actorFields as readonly string[]).includes(key))
        problems.push({ kind: 'unknown-field', field: key, allowed: actorFields, path: ['actors', i, key] });
    const name = perLanguage(actor['name']);
    for (const lang of locales)
      if (!name[lang]) problems.push({ kind: 'actor-name', id: id || `#${i + 1}`, lang, path: ['actors', i, 'name', lang] });
  });
  const events = Array.isArray(top['events']) ? top['events'] : [];
  if (!events.length) problems.push({ kind: 'no-events', path: ['events'] });
  events.forEach((e, i) => {
    const event = record(e) ?? {};
    const at = (...rest: PropertyKey[]) => ['events', i, ...rest];
    for (const key of Object.keys(event))
      if (!(eventFields as readonly string[]).includes(key))
        problems.push({ kind: 'unknown-field', field: key, allowed: eventFields, path: at(key) });
    const date = event['date'] instanceof Date ? (writtenDate?.(i) ?? event['date']) : event['date'];
    if (!readTimelineDate(date)) problems.push({ kind: 'bad-date', value: shown(date ?? ''), path: at('date') });
    const ids = Array.isArray(event['actors']) ? event['actors'] : [];
    if (!ids.length) problems.push({ kind: 'no-event-actors', path: at('actors') });
    ids.forEach((id, j) => {
      const value = trimmed(id);
      if (!known.includes(value)) problems.push({ kind: 'unknown-actor', id: shown(id), known, path: at('actors', j) });
    });
    for (const lang of locales) if (!trimmed(event[lang])) problems.push({ kind: 'missing-text', lang, path: at(lang) });
    if (event['source'] !== undefined) {
      const source = perLanguage(event['source']);
      for (const lang of locales) if (!source[lang]) problems.push({ kind: 'missing-source', lang, path: at('source', lang) });
    }
    const story = trimmed(event['story']);
    if (event['story'] !== undefined && (!story || (stories && !stories.has(story))))
      problems.push({ kind: 'unknown-story', slug: shown(event['story']), path: at('story') });
  });
  return problems;
}

/**
 * A timeline from its file's data. Lenient, like the glossary reader: what is broken is reported by
 * `npm run check` (which stops the build), and reading must not fail on it.
 */
export function timelineOf(topic: string, data: unknown): Timeline {
  const top = record(data) ?? {};
  const actors: TimelineActor[] = (Array.isArray(top['actors']) ? top['actors'] : [])
    .map((a) => record(a) ?? {})
    .map((a) => ({ id: trimmed(a['id']), name: perLanguage(a['name']) }))
    .filter((a) => a.id);
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const events: TimelineEvent[] = [];
  for (const e of Array.isArray(top['events']) ? top['events'] : []) {
    const event = record(e) ?? {};
    const date = readTimelineDate(event['date']);
    if (!date) continue;
    const ids = (Array.isArray(event['actors']) ? event['actors'] : []).map(trimmed).filter((id) => order.has(id));
    const story = trimmed(event['story']);
    events.push({
      date,
      actors: [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!),
      text: perLanguage(event),
      ...(story ? { story } : {}),
      ...(event['source'] !== undefined ? { source: perLanguage(event['source']) } : {}),
    });
  }
  // A stable sort: events on one date keep the order the editor gave them.
  events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
  return { topic, actors, events };
}

/** The folder of timelines inside a content tree. */
export const timelinesDir = (contentDir: string) => join(contentDir, 'timelines');

/** Every timeline file of a content tree, sorted by name (the id is the topic); none without a `timelines/` folder. */
export function readTimelineSources(contentDir: string): YamlFile[] {
  return readYamlFolder(timelinesDir(contentDir));
}

const cache = new Map<string, ReadonlyMap<string, Timeline>>();

/** The timelines of a content tree by topic, read once per thread (a build reads them for every story page). */
export function siteTimelines(contentDir: string): ReadonlyMap<string, Timeline> {
  let found = cache.get(contentDir);
  if (!found) {
    found = new Map(readTimelineSources(contentDir).map((s) => [s.id, timelineOf(s.id, s.data)]));
    cache.set(contentDir, found);
  }
  return found;
}

/**
 * A short hash of the timeline files. Stories that embed `::timeline` show their events, so it goes into what
 * Astro's content cache keys on, like the glossary's (src/markdown/render-threads.ts).
 */
export function timelineDigest(contentDir: string): string {
  return yamlFolderDigest(readTimelineSources(contentDir));
}

/** Which part of a timeline a story embeds: `::timeline{topic="…" from="…" to="…" actors="…"}`. */
export interface TimelineSlice {
  from?: string;
  to?: string;
  /** Actor ids, comma-separated in the directive. */
  actors?: string[];
}

/** Splits `actors="russia, us"`. @example actorList('russia, us') // ['russia', 'us'] */
export const actorList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The part of a timeline a story embeds: the events whose date starts within `from`…`to` (each a year, month or
 * day; `to="2025-08"` runs to 31 August) and that involve one of `actors`, with only those actor columns.
 * @example sliceTimeline(t, { from: '2025-05', to: '2025-08' }).events.every((e) => e.date.start >= '2025-05-01') // true
 */
export function sliceTimeline(timeline: Timeline, slice: TimelineSlice): Timeline {
  const from = slice.from ? readTimelineDate(slice.from)?.start : undefined;
  const to = slice.to ? readTimelineDate(slice.to)?.end : undefined;
  const wanted = slice.actors?.length ? new Set(slice.actors) : undefined;
  const actors = wanted ? timeline.actors.filter((a) => wanted.has(a.id)) : timeline.actors;
  const events = timeline.events
    .filter((e) => (!from || e.date.start >= from) && (!to || e.date.start <= to))
    .filter((e) => !wanted || e.actors.some((id) => wanted.has(id)))
    .map((e) => (wanted ? { ...e, actors: e.actors.filter((id) => wanted.has(id)) } : e));
  return { ...timeline, actors, events };
}

/** What is wrong with a `::timeline` directive, given the site's timelines (src/checks/rules/structures.ts). */
export type TimelineSliceProblem =
  | { kind: 'unknown-topic'; topic: string; known: string[] }
  | { kind: 'bad-bound'; attribute: 'from' | 'to'; value: string }
  | { kind: 'reversed'; from: string; to: string }
  | { kind: 'unknown-actor'; id: string; known: string[] }
  | { kind: 'empty'; topic: string };

/**
 * Checks a `::timeline` directive's attributes against the timelines: the topic must have one, `from` and `to`
 * must be dates in order, the actors must be the timeline's, and the slice must hold at least one event.
 * @example sliceProblems(new Map(), { topic: 'ukraine' })[0].kind // 'unknown-topic'
 */
export function sliceProblems(
  timelines: ReadonlyMap<string, Timeline>,
  attributes: Readonly<Record<string, string | null | undefined>>,
): TimelineSliceProblem[] {
  const topic = (attributes['topic'] ?? '').trim();
  const timeline = timelines.get(topic);
  if (!timeline) return topic ? [{ kind: 'unknown-topic', topic, known: [...timelines.keys()] }] : [];
  const problems: TimelineSliceProblem[] = [];
  const bounds: Partial<Record<'from' | 'to', TimelineDate>> = {};
  for (const attribute of ['from', 'to'] as const) {
    const value = attributes[attribute];
    if (value === undefined || value === null) continue;
    const date = readTimelineDate(value);
    if (date) bounds[attribute] = date;
    else problems.push({ kind: 'bad-bound', attribute, value });
  }
  if (bounds.from && bounds.to && bounds.from.start > bounds.to.end) problems.push({ kind: 'reversed', from: bounds.from.iso, to: bounds.to.iso });
  const known = timeline.actors.map((a) => a.id);
  const actors = actorList(attributes['actors']);
  for (const id of actors) if (!known.includes(id)) problems.push({ kind: 'unknown-actor', id, known });
  if (
    !problems.length &&
    !sliceTimeline(timeline, { ...(bounds.from ? { from: bounds.from.iso } : {}), ...(bounds.to ? { to: bounds.to.iso } : {}), actors }).events.length
  ) {
    problems.push({ kind: 'empty', topic });
  }
  return problems;
}
