import type { Locale } from '../shared/locales';
import { paths } from '../shared/urls';
import { storyAlternates, type Alternate } from './alternates';
import { availableLocales, resolveVersion, type EntryLike, type Story } from './pairing';

/**
 * Everything a story page and its components need to know about which version they show, worked out once per
 * page (`storyRoute`) and handed down, so that no component resolves the story again.
 */
export interface StoryRoute<E extends EntryLike = EntryLike> {
  story: Story<E>;
  /** The page's language: the reader's, of the interface and the URL. */
  lang: Locale;
  /** The version the page shows. */
  entry: E;
  /** The language that version is written in; differs from `lang` on a fallback page. */
  textLang: Locale;
  /** True when the story does not exist in `lang` yet and the page shows another language's version. */
  isFallback: boolean;
  /** The languages the story really exists in (no fallbacks), in locale order. */
  available: Locale[];
  /** The story page in every language, for the language switcher and hreflang links. */
  alternates: Alternate[];
  /**
   * Site-relative path of the version shown, in its own language: where the canonical link, shares and link
   * previews point (a fallback page points at the original).
   */
  canonicalPath: string;
}

/**
 * The route of the `lang` page of a story.
 * @example storyRoute({ slug: 'talks', versions: { ja }, date }, 'en')
 * // { lang: 'en', entry: ja, textLang: 'ja', isFallback: true, available: ['ja'], canonicalPath: '/ja/articles/talks/', … }
 */
export function storyRoute<E extends EntryLike>(story: Story<E>, lang: Locale): StoryRoute<E> {
  const { entry, lang: textLang, isFallback } = resolveVersion(story, lang);
  return {
    story,
    lang,
    entry,
    textLang,
    isFallback,
    available: availableLocales(story),
    alternates: storyAlternates(story),
    canonicalPath: paths.article(textLang, story.slug),
  };
}
