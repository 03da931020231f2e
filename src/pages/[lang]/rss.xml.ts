import type { APIRoute } from 'astro';
import { useTranslations } from '../../shared/i18n';
import type { Locale } from '../../shared/locales';
import { localeStaticPaths } from '../../lib/routes';
import { storyFeed } from '../../content/story-feed';
import { paths } from '../../shared/urls';

export const getStaticPaths = localeStaticPaths;

/** The newest stories written in (or translated into) one language. */
export const GET: APIRoute<Record<string, never>, { lang: Locale }> = ({ params, site }) => {
  const { lang } = params;
  const t = useTranslations(lang);
  return storyFeed({
    lang,
    site,
    title: t('site.name'),
    description: t('site.description'),
    pagePath: paths.home(lang),
    feedPath: paths.feed(lang),
  });
};
