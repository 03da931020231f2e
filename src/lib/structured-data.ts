/**
 * schema.org JSON-LD for search engines and link previews. Pure builders: pages collect absolute URLs and
 * translated names, these only shape them. See https://schema.org/NewsArticle and
 * https://developers.google.com/search/docs/appearance/structured-data/article.
 */

import { defaultLocale, type Locale } from '../shared/locales';

export type JsonLd = Record<string, unknown>;

/**
 * Which language version of a story is the original: the newsroom writes in the default language (Japanese)
 * first, so that version when it exists, else the first language the story exists in.
 * @example originalLocale(['ja', 'en']) // 'ja'
 * @example originalLocale(['en']) // 'en'
 */
export function originalLocale(available: readonly Locale[]): Locale | undefined {
  return available.includes(defaultLocale) ? defaultLocale : available[0];
}

const context = 'https://schema.org';

/** The site as an organisation: publisher of every story. */
export interface PublisherInput {
  name: string;
  /** Absolute URL of the home page in the page's language. */
  url: string;
}

export interface AuthorInput {
  name: string;
  /** Absolute URL of the author's profile page. */
  url: string;
  jobTitle?: string | undefined;
}

/** Another language version of the same story. */
export interface VersionRef {
  /** Absolute URL of that version. */
  url: string;
  lang: string;
  headline: string;
}

export interface NewsArticleInput {
  /** Absolute canonical URL of this version. */
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  /** BCP 47 language of the text. */
  lang: string;
  /** Name of the main topic, in the text's language. */
  section?: string | undefined;
  /** Topic names, in the text's language. */
  keywords: string[];
  /** Absolute image URLs. */
  images: string[];
  /** Without an author, the publisher is credited. */
  author?: AuthorInput | undefined;
  publisher: PublisherInput;
  /** Set on a translation: the version it was translated from. */
  original?: VersionRef | undefined;
  /** Set on the original: its translations. */
  translations?: VersionRef[] | undefined;
}

const organization = (p: PublisherInput): JsonLd => ({ '@type': 'NewsMediaOrganization', name: p.name, url: p.url });

// `@id`s end in #article so the versions can refer to one another without being confused with the web pages.
const articleRef = (v: VersionRef): JsonLd => ({
  '@type': 'NewsArticle',
  '@id': `${v.url}#article`,
  url: v.url,
  inLanguage: v.lang,
  headline: v.headline,
});

/**
 * A story version as a NewsArticle, linked to its other language versions with `workTranslation` (on the
 * original) and `translationOfWork` (on a translation).
 * @example newsArticle({ url, headline: '停戦協議', lang: 'ja', … })['@type'] // 'NewsArticle'
 */
export function newsArticle(input: NewsArticleInput): JsonLd {
  const data: JsonLd = {
    '@context': context,
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished.toISOString(),
    // Search engines expect a modification date; an unrevised story was last modified when published.
    dateModified: (input.dateModified ?? input.datePublished).toISOString(),
    inLanguage: input.lang,
    isAccessibleForFree: true,
    keywords: input.keywords,
    author: input.author
      ? { '@type': 'Person', name: input.author.name, url: input.author.url, jobTitle: input.author.jobTitle }
      : organization(input.publisher),
    publisher: organization(input.publisher),
  };
  if (input.section) data['articleSection'] = input.section;
  if (input.images.length) data['image'] = input.images;
  if (input.original) data['translationOfWork'] = articleRef(input.original);
  if (input.translations?.length) data['workTranslation'] = input.translations.map(articleRef);
  return data;
}

/** One step of a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/**
 * The same trail as the visible breadcrumb navigation.
 * @example breadcrumbList([{ name: 'ホーム', url: 'https://x/ja/' }]).itemListElement // [{ '@type': 'ListItem', position: 1, … }]
 */
export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface CollectionPageInput {
  /** Absolute URL of the page. */
  url: string;
  name: string;
  description: string;
  lang: string;
  /** The site, as the collection's parent. */
  site: PublisherInput;
  /** The stories listed on this page, in order. */
  items: { url: string; name: string }[];
}

/**
 * A listing page (a topic) with the stories it lists.
 * @example collectionPage({ url, name: '和平交渉', … })['@type'] // 'CollectionPage'
 */
export function collectionPage(input: CollectionPageInput): JsonLd {
  return {
    '@context': context,
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    isPartOf: { '@type': 'WebSite', name: input.site.name, url: input.site.url },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: item.url,
        name: item.name,
      })),
    },
  };
}

export interface ProfilePageInput {
  /** Absolute URL of the profile page. */
  url: string;
  lang: string;
  name: string;
  jobTitle?: string | undefined;
  description: string;
  publisher: PublisherInput;
}

/**
 * An author's profile page, about the person.
 * @example profilePage({ url, name: '真柴 遥', … }).mainEntity // { '@type': 'Person', name: '真柴 遥', … }
 */
export function profilePage(input: ProfilePageInput): JsonLd {
  return {
    '@context': context,
    '@type': 'ProfilePage',
    '@id': input.url,
    url: input.url,
    inLanguage: input.lang,
    mainEntity: {
      '@type': 'Person',
      name: input.name,
      jobTitle: input.jobTitle,
      description: input.description,
      url: input.url,
      worksFor: organization(input.publisher),
    },
  };
}
