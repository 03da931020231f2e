import { defaultLocale, isLocale, type Locale } from '../shared/locales.ts';

/**
 * The language of a Markdown file, read from its name: `content/articles/{slug}/en.md` is English.
 * Remark and rehype plugins run once per file with no page context, so this is how they localise labels.
 * @example fileLocale('/site/content/articles/istanbul/en.md') // 'en'
 * @example fileLocale(undefined) // 'ja' (the default locale)
 */
export function fileLocale(path: string | undefined): Locale {
  const name = path
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '');
  return isLocale(name) ? name : defaultLocale;
}
