import { dictionaries, useTranslations } from '../shared/i18n';
import { localeInfo, locales, type Locale } from '../shared/locales';
import type { ResultLabels } from './search';
import type { SearchArchive } from './search-stories';
import { paths } from '../shared/urls';
import { searchPartSize } from '../shared/build-dirs';

/**
 * Everything the search page's browser script needs from the build, in the page's language. The page writes it
 * as JSON into a `<script type="application/json">` (data, never executed), so every string the script shows
 * comes from our dictionaries and the script itself stays an external module.
 */
export interface SearchPageConfig extends ResultLabels {
  bcp47: string;
  /** The site's base path (`/`), which Pagefind prefixes to result URLs. */
  base: string;
  /** Where the Pagefind bundle is served, e.g. `/pagefind/`. */
  bundle: string;
  /** The glossary's spellings for the search (`/search-glossary.json`, src/lib/search-glossary.ts). */
  glossary: string;
  /** The glossary entry pages of the page's language, `{id}` standing for the entry. */
  glossaryEntry: string;
  /** The stories of the archive as the index holds them: to load only the indexes a query can match, and to group results by story. */
  archive: SearchArchive;
  /** Stories in one part of each language's index (src/shared/search-parts.ts). */
  partSize: number;
  messages: {
    /** Plural forms of the result count, by CLDR category; `{{count}}` and `{{query}}`. */
    resultCount: Partial<Record<Intl.LDMLPluralRule, string>>;
    /** `{{query}}`. */
    noResults: string;
    error: string;
    /** Per language, the link to a story's version in it, written in that language ("日本語で読む"). */
    readVersion: Record<Locale, string>;
    /** `{{language}}`: a result whose only match is in the other language's version. */
    matchedIn: string;
    /** `{{name}}`: the glossary name a misspelt query is close to. */
    didYouMean: string;
    entryLabel: string;
    entryNote: string;
  };
}

/**
 * The raw templates of a plural message for every plural category the language has; the browser picks one
 * with `Intl.PluralRules` and fills it in (i18next itself stays out of the browser bundle).
 * @example pluralForms('en', 'search.resultCount') // { one: '{{count}} result for “{{query}}”', other: '{{count}} results for “{{query}}”' }
 */
export function pluralForms(lang: Locale, key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const dict: Record<string, string> = dictionaries[lang];
  const categories = new Intl.PluralRules(localeInfo[lang].bcp47).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.flatMap((c) => (dict[`${key}_${c}`] === undefined ? [] : [[c, dict[`${key}_${c}`]!]])));
}

/** Builds the search page's configuration for `lang`, given the site's topics with their names and the archive. */
export function searchPageConfig(lang: Locale, topics: { id: string; name: string }[], base: string, archive: SearchArchive): SearchPageConfig {
  const t = useTranslations(lang);
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    pageLang: lang,
    bcp47: localeInfo[lang].bcp47,
    base: root,
    bundle: `${root}pagefind/`,
    glossary: `${root}search-glossary.json`,
    glossaryEntry: `${root.slice(0, -1)}${paths.glossaryEntry(lang, '{id}')}`,
    archive,
    partSize: searchPartSize,
    languageNames: Object.fromEntries(locales.map((l) => [l, t(`lang.names.${l}`)])) as Record<Locale, string>,
    topics: Object.fromEntries(topics.map(({ id, name }) => [id, { name, href: paths.topic(lang, id) }])),
    messages: {
      resultCount: pluralForms(lang, 'search.resultCount'),
      noResults: t('search.noResults'),
      error: t('search.error'),
      readVersion: Object.fromEntries(locales.map((l) => [l, dictionaries[l]['search.readVersion']])) as Record<Locale, string>,
      matchedIn: t('search.matchedIn'),
      didYouMean: t('search.didYouMean'),
      entryLabel: t('search.entryLabel'),
      entryNote: t('search.entryNote'),
    },
  };
}
