import { localeInfo, type Locale } from '../shared/locales';

/**
 * The newsroom's time zone. Dates written as `2025-05-16` mean that day here, and a story published at
 * 23:00 in Tokyo shows Tokyo's date in both languages.
 */
export const siteTimeZone = 'Asia/Tokyo';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers of `lang` write it.
 * @example formatDate(new Date('2025-05-16'), 'ja') // '2025年5月16日'
 * @example formatDate(new Date('2025-05-16'), 'en') // '16 May 2025'
 */
export function formatDate(date: Date, lang: Locale): string {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo[lang].dates, { dateStyle: 'long', timeZone: siteTimeZone });
    formatters.set(lang, f);
  }
  return f.format(date);
}

// en-CA formats as YYYY-MM-DD. Made once: creating an Intl.DateTimeFormat per call cost seconds per 1,000 stories.
const isoFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: siteTimeZone });
// Each story page writes its own date several times and those of its related stories: a build asks for the same
// few thousand days tens of thousands of times, and formatting costs microseconds a call.
const isoDays = new Map<number, string>();

/**
 * The machine-readable form for `<time datetime>`: the calendar day in the newsroom's time zone.
 * @example isoDay(new Date('2025-05-16T20:00:00Z')) // '2025-05-17' (05:00 next morning in Tokyo)
 */
export function isoDay(date: Date): string {
  const time = date.getTime();
  let day = isoDays.get(time);
  if (day === undefined) {
    day = isoFormatter.format(date);
    isoDays.set(time, day);
  }
  return day;
}
