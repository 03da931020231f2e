import { newerVersion, type NewerVersion, type VersionDates } from '../shared/freshness';
import { locales, type Locale } from '../shared/locales';
import { originalLocale } from './structured-data';

/** Why a version may be behind: the version that changed after it, and whether that one is the original. */
export interface Staleness extends NewerVersion<Locale> {
  /** True when the newer version is the story's original (the newsroom writes that one first). */
  isOriginal: boolean;
}

/**
 * Whether the `lang` version of a story is behind another version (changed later, by `updated` or else `date`),
 * and which; `undefined` when it is up to date or does not exist. Takes a story's `versions`.
 * @example staleness({ ja: { data: { date, updated: june10 } }, en: { data: { date } } }, 'en')
 * // { lang: 'ja', changed: june10, isOriginal: true }
 */
export function staleness(versions: Partial<Record<Locale, { data: VersionDates } | undefined>>, lang: Locale): Staleness | undefined {
  const dates: Partial<Record<Locale, VersionDates>> = {};
  for (const l of locales) {
    const entry = versions[l];
    if (entry) dates[l] = entry.data;
  }
  const newer = newerVersion(lang, dates);
  if (!newer) return undefined;
  return { ...newer, isOriginal: originalLocale(locales.filter((l) => versions[l])) === newer.lang };
}
