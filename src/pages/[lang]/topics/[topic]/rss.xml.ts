import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../shared/i18n';
import { locales, type Locale } from '../../../../shared/locales';
import { getTopics, type TopicEntry } from '../../../../content/stories';
import { storyFeed } from '../../../../content/story-feed';
import { paths } from '../../../../shared/urls';

export async function getStaticPaths() {
  const perLocale = await Promise.all(
    locales.map(async (lang) => (await getTopics(lang)).map((topic) => ({ params: { lang, topic: topic.id }, props: { topic } }))),
  );
  return perLocale.flat();
}

/** One topic's newest stories in one language; every topic page links its feed, even before it has stories. */
export const GET: APIRoute<{ topic: TopicEntry }, { lang: Locale; topic: string }> = ({ params, props, site }) => {
  const { lang } = params;
  const { topic } = props;
  const t = useTranslations(lang);
  const name = topic.data.name[lang];
  return storyFeed({
    lang,
    site,
    title: t('feed.topicTitle', { topic: name, site: t('site.name') }),
    description: topic.data.description[lang],
    pagePath: paths.topic(lang, topic.id),
    feedPath: paths.topicFeed(lang, topic.id),
    keep: (entry) => entry.data.topics.includes(topic.id),
  });
};
