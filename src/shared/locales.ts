// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
/**
 * The one list of languages the site publishes in. Routes, the Astro config, the language switcher,
 * the content schema and the tests all import it, so adding a language starts here.
 */
export const locales = ['ja', 'en'] as const satisfies readonly string[];

export type Locale = (typeof locales)[number];

/** The newsroom writes Japanese first; `/` and `x-default` point here when a reader has no preference. */
export const defaultLocale: Locale = 'ja';

/**
 * Per-locale settings that are facts about the language, not UI strings. `dates` is the locale dates are written
 * in: the stories write English dates the British way ("16 May 2025", CONTRIBUTING.md), so bylines, listings and
 * notices do too, instead of en-US's "May 16, 2025" beside a text that says 16 May.
 */
export const localeInfo = {
  ja: { bcp47: 'ja-JP', dates: 'ja-JP', ogLocale: 'ja_JP', dir: 'ltr' },
  en: { bcp47: 'en-US', dates: 'en-GB', ogLocale: 'en_US', dir: 'ltr' },
} as const satisfies Record<Locale, { bcp47: string; dates: string; ogLocale: string; dir: 'ltr' | 'rtl' }>;

/**
 * @example isLocale('ja') // true
 * @example isLocale('fr') // false
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The languages other than `lang`, in list order (with two locales: the one other language).
 * @example otherLocales('ja') // ['en']
 */
export function otherLocales(lang: Locale): Locale[] {
  return locales.filter((l) => l !== lang);
}
