import type { PaginateFunction } from 'astro';
import { locales, type Locale } from '../shared/locales';
import { resolveVersion, type ResolvedVersion } from '../lib/pairing';
import { getStories, type ArticleEntry, type SiteStory } from './stories';

/** A story as listed on a `lang` page: the version shown, and whether it is in another language. */
export interface ListedStory {
  story: SiteStory;
  shown: ResolvedVersion<ArticleEntry>;
}

/** Every story, as it appears in `lang` listings (untranslated ones included, flagged). */
export async function getListing(lang: Locale, filter?: (s: SiteStory) => boolean): Promise<ListedStory[]> {
  const stories = await getStories();
  return stories.filter((s) => !filter || filter(s)).map((story) => ({ story, shown: resolveVersion(story, lang) }));
}

/** One paginated listing of a page family: its route params, extra props and which stories it lists. */
export interface ListingGroup<P extends Record<string, string>, X extends Record<string, unknown>> {
  params: P;
  props: X;
  filter: (story: SiteStory) => boolean;
}

/**
 * The `getStaticPaths` result of a paginated story listing per language and per group (a topic, an author):
 * every group gets its pages in every language, untranslated stories included and flagged.
 */
export async function paginateListings<P extends Record<string, string>, X extends Record<string, unknown>>(
  paginate: PaginateFunction,
  pageSize: number,
  groupsFor: (lang: Locale) => Promise<ListingGroup<P, X>[]>,
) {
  const perLocale = await Promise.all(
    locales.map(async (lang) => {
      const groups = await groupsFor(lang);
      return Promise.all(
        groups.map(async ({ params, props, filter }) =>
          paginate(await getListing(lang, filter), { params: { lang, ...params }, props, pageSize }),
        ),
      );
    }),
  );
  return perLocale.flat(2);
}
