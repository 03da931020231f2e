// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import type { Locale } from './locales.ts';

/**
 * Every URL the site links to, in one place. These paths are a public contract (bookmarks, feeds, search
 * engines): change them only through an issue.
 */
export const paths = {
  /** @example paths.home('en') // '/en/' */
  home: (lang: Locale) => `/${lang}/`,
  /** @example paths.article('ja', 'istanbul-talks') // '/ja/articles/istanbul-talks/' */
  article: (lang: Locale, slug: string) => `/${lang}/articles/${slug}/`,
  /**
   * Both language versions of a story side by side, the interface in `lang`.
   * @example paths.parallel('en', 'istanbul-talks') // '/en/articles/istanbul-talks/parallel/'
   */
  parallel: (lang: Locale, slug: string) => `/${lang}/articles/${slug}/parallel/`,
  /** @example paths.topics('en') // '/en/topics/' */
  topics: (lang: Locale) => `/${lang}/topics/`,
  /**
   * Page 1 of a topic has no number in its URL.
   * @example paths.topic('ja', 'peace-talks', 2) // '/ja/topics/peace-talks/2/'
   */
  topic: (lang: Locale, id: string, page = 1) => `/${lang}/topics/${id}/${page > 1 ? `${page}/` : ''}`,
  /** @example paths.timeline('en', 'ukraine') // '/en/topics/ukraine/timeline/' */
  timeline: (lang: Locale, id: string) => `/${lang}/topics/${id}/timeline/`,
  /** @example paths.search('ja') // '/ja/search/' */
  search: (lang: Locale) => `/${lang}/search/`,
  /**
   * Page 1 of an author's stories has no number in its URL.
   * @example paths.author('en', 'desk-editor') // '/en/authors/desk-editor/'
   */
  author: (lang: Locale, id: string, page = 1) => `/${lang}/authors/${id}/${page > 1 ? `${page}/` : ''}`,
  /** @example paths.glossary('ja') // '/ja/glossary/' */
  glossary: (lang: Locale) => `/${lang}/glossary/`,
  /** @example paths.glossaryEntry('en', 'witkoff') // '/en/glossary/witkoff/' */
  glossaryEntry: (lang: Locale, id: string) => `/${lang}/glossary/${id}/`,
  /** @example paths.authors('ja') // '/ja/authors/' */
  authors: (lang: Locale) => `/${lang}/authors/`,
  /** The newest stories in one language. @example paths.feed('ja') // '/ja/rss.xml' */
  feed: (lang: Locale) => `/${lang}/rss.xml`,
  /** @example paths.topicFeed('en', 'ukraine') // '/en/topics/ukraine/rss.xml' */
  topicFeed: (lang: Locale, id: string) => `/${lang}/topics/${id}/rss.xml`,
};

/**
 * The same page in another language: swaps the leading locale segment of a path.
 * @example swapLocale('/ja/topics/peace-talks/', 'en') // '/en/topics/peace-talks/'
 */
export function swapLocale(pathname: string, lang: Locale): string {
  return pathname.replace(/^\/[^/]+(\/|$)/, `/${lang}/`);
}

/**
 * An absolute URL on this site.
 * @example absoluteUrl('/en/', 'https://digest.example.org') // 'https://digest.example.org/en/'
 */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
  return site ? new URL(pathname, site).href : pathname;
}
