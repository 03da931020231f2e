// Shared by the site (the notice on a translation that fell behind) and `npm run check` (the warning to the
// editor), so that both always agree on which version is behind.

/** The dates of one language version of a story, as its frontmatter gives them. */
export interface VersionDates {
  /** Publication date. */
  date: Date;
  /** Date of the last substantive update, if any. */
  updated?: Date | undefined;
}

/**
 * When a version last changed: its `updated` date, or its publication date if it was never updated.
 * @example lastChanged({ date: new Date('2025-06-02') }) // 2025-06-02
 */
export function lastChanged(v: VersionDates): Date {
  return v.updated ?? v.date;
}

/** The version a stale one is behind: its language and the date it last changed. */
export interface NewerVersion<L extends string> {
  lang: L;
  changed: Date;
}

/**
 * The other version that changed after `own`'s version (the one that changed last, if several did), or
 * `undefined` when `own` is as fresh as every other. An editor brings a translation up to date by setting its
 * `updated` to the same date as the newer version's.
 * @example newerVersion('en', { ja: { date: d('2025-06-02'), updated: d('2025-06-10') }, en: { date: d('2025-06-02') } })
 * // { lang: 'ja', changed: 2025-06-10 }
 * @example newerVersion('en', { ja: { date: d('2025-06-02'), updated: d('2025-06-10') }, en: { date: d('2025-06-02'), updated: d('2025-06-10') } })
 * // undefined
 */
export function newerVersion<L extends string>(own: NoInfer<L>, versions: Partial<Record<L, VersionDates | undefined>>): NewerVersion<L> | undefined {
  const mine = versions[own];
  if (!mine) return undefined;
  let newest: NewerVersion<L> | undefined;
  const since = lastChanged(mine).getTime();
  for (const lang of Object.keys(versions) as L[]) {
    const other = versions[lang];
    if (lang === own || !other) continue;
    const changed = lastChanged(other);
    if (changed.getTime() > since && (!newest || changed > newest.changed)) newest = { lang, changed };
  }
  return newest;
}
