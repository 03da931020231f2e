// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import i18next, { type TOptions } from 'i18next';
import { defaultLocale, locales, type Locale } from '../locales.ts';
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
 * What identifies a translation call whose result depends on nothing else: the key and its options, when every
 * option is a string, a finite number or a boolean (JSON tells `1` from `'1'`, which plural rules do too).
 * Undefined for anything else, which is then never cached.
 * @example translationCacheKey('topics.count', { count: 2 }) // 'topics.count{"count":2}'
 * @example translationCacheKey('nav.home') // 'nav.home'
 */
export function translationCacheKey(key: string, options?: TOptions): string | undefined {
  if (!options) return key;
  for (const value of Object.values(options)) {
    const plain = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!plain) return undefined;
  }
  return key + JSON.stringify(options);
}

const translators = new Map<Locale, Translate>();

/**
 * The translation function for one language. A build asks for the same few dozen strings on every page
 * (tens of thousands of times): each result is computed by i18next once and then remembered, since the
 * dictionaries never change while the site builds.
 * @example useTranslations('ja')('nav.home') // 'ホーム'
 * @example useTranslations('en')('topics.count', { count: 2 }) // '2 stories'
 */
export function useTranslations(lang: Locale): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const fixed = i18n.getFixedT(lang);
    const done = new Map<string, string>();
    translate = (key, options) => {
      const cacheKey = translationCacheKey(key, options);
      let text = cacheKey === undefined ? undefined : done.get(cacheKey);
      if (text === undefined) {
        text = fixed(key, options ?? {}) as string;
        if (cacheKey !== undefined) done.set(cacheKey, text);
      }
      return text;
    };
    translators.set(lang, translate);
  }
  return translate;
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

/**
 * The text after a label such as 出所： or Source:, with the space English needs after its colon (a Japanese
 * label ends in a full-width colon, which needs none).
 * @example afterLabel('Source:', 'NIDS') // ' NIDS'
 * @example afterLabel('出所：', '防衛研究所') // '防衛研究所'
 */
export const afterLabel = (label: string, text: string): string => (/[\x21-\x7e]$/.test(label) ? ` ${text}` : text);
