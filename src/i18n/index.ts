import i18next, { type TOptions } from 'i18next';
import { defaultLocale, locales, type Locale } from './locales.ts';
import en from './ui/en.json' with { type: 'json' };
import ja from './ui/ja.json' with { type: 'json' };

/**
 * One dictionary per language, flat dotted keys (`story.keyPoints`). Both files must have the same keys;
 * `tests/unit/i18n.test.ts` enforces it. Plural forms follow i18next's suffixes (`_one`, `_other`):
 * Japanese has only `_other`, English has both.
 */
export const dictionaries = { ja, en } as const satisfies Record<Locale, Record<string, string>>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every key a component may ask for, with plural suffixes folded into their base key. */
export type UIKey = StripPlural<keyof typeof ja> | StripPlural<keyof typeof en>;

// Our own instance, so nothing else in the build (or a test) can change the global i18next state.
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: dictionaries[l] }])),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  // Keys are flat strings that contain dots, not nested objects.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes text when it renders; escaping here too would double-escape "&" and quotes.
  interpolation: { escapeValue: false },
  // Resources are inline, so initialise synchronously: `t` works as soon as this module is imported.
  initAsync: false,
});

export type Translate = (key: UIKey, options?: TOptions) => string;

/**
 * The translation function for one language.
 * @example useTranslations('ja')('nav.home') // 'ホーム'
 * @example useTranslations('en')('topics.count', { count: 2 }) // '2 stories'
 */
export function useTranslations(lang: Locale): Translate {
  const fixed = i18n.getFixedT(lang);
  return (key, options) => fixed(key, options ?? {}) as string;
}

const circled = (n: number): string | undefined => {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return undefined;
};

/**
 * The number of an analysis point as Japanese and English readers expect it:
 * circled digits in Japanese (解説ポイント①), plain digits in English (Analysis Point 1).
 * @example analysisNumber(3, 'ja') // '③'
 * @example analysisNumber(3, 'en') // '3'
 */
export function analysisNumber(n: number, lang: Locale): string {
  return (lang === 'ja' && circled(n)) || String(n);
}

/**
 * The full label of an analysis point.
 * @example analysisLabel(1, 'ja') // '解説ポイント①'
 * @example analysisLabel(1, 'en') // 'Analysis Point 1'
 */
export function analysisLabel(n: number, lang: Locale): string {
  return useTranslations(lang)('analysis.label', { number: analysisNumber(n, lang) });
}
