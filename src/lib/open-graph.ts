import { localeInfo, type Locale } from '../shared/locales';

/** One `<meta>` tag: Open Graph uses `property`, X (Twitter) cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

export interface OpenGraphInput {
  type: 'article' | 'website';
  /** Absolute canonical URL. */
  url: string;
  title: string;
  description: string;
  siteName: string;
  /** Language of the page's text. */
  locale: Locale;
  /** Languages the same page really exists in besides `locale` (never fallbacks). */
  alternateLocales: Locale[];
  image: PreviewImage;
  /** For stories only. */
  article?:
    | {
        publishedTime: Date;
        modifiedTime?: Date | undefined;
        /** Main topic name. */
        section?: string | undefined;
        /** Topic names. */
        tags: string[];
      }
    | undefined;
}

/** The large-image card: stories are read for their headline and picture. */
export const TWITTER_CARD = 'summary_large_image';

/**
 * Open Graph (https://ogp.me/) and X card tags for a page, in the order the protocol lists them.
 * @example openGraphTags({ type: 'article', locale: 'ja', alternateLocales: ['en'], … })
 * // [{ property: 'og:type', content: 'article' }, …, { property: 'og:locale', content: 'ja_JP' },
 * //  { property: 'og:locale:alternate', content: 'en_US' }, …]
 */
export function openGraphTags(input: OpenGraphInput): MetaTag[] {
  const og = (property: string, content: string | number | undefined): MetaTag[] =>
    content === undefined || content === '' ? [] : [{ property, content: String(content) }];
  const tw = (name: string, content: string): MetaTag => ({ name, content });
  const { image, article } = input;
  return [
    ...og('og:type', input.type),
    ...og('og:site_name', input.siteName),
    ...og('og:title', input.title),
    ...og('og:description', input.description),
    ...og('og:url', input.url),
    ...og('og:locale', localeInfo[input.locale].ogLocale),
    ...input.alternateLocales.flatMap((l) => og('og:locale:alternate', localeInfo[l].ogLocale)),
    ...og('og:image', image.url),
    ...og('og:image:width', image.width),
    ...og('og:image:height', image.height),
    ...og('og:image:alt', image.alt),
    ...(article
      ? [
          ...og('article:published_time', article.publishedTime.toISOString()),
          ...og('article:modified_time', article.modifiedTime?.toISOString()),
          ...og('article:section', article.section),
          ...article.tags.flatMap((tag) => og('article:tag', tag)),
        ]
      : []),
    tw('twitter:card', TWITTER_CARD),
    tw('twitter:title', input.title),
    tw('twitter:description', input.description),
    tw('twitter:image', image.url),
    tw('twitter:image:alt', image.alt),
  ];
}
