import { posix } from 'node:path';
import { isLocale, locales } from '../../shared/locales.ts';
import type { CheckedVersion, FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// Links from a story to pages of this site: checked once every story of the tree is known.

/** What the link and image checks need to know about the whole site. */
export interface SiteIndex {
  /** Story slugs, and whether at least one version is published (not a draft). */
  stories: Map<string, { published: boolean }>;
  topics: ReadonlySet<string>;
  /** The topics with a chronology page, `/{lang}/topics/{topic}/timeline/` (a file in content/timelines/). */
  timelines?: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  /** Files in the content folder (paths relative to it), for relative image paths. */
  contentFiles: ReadonlySet<string>;
  /** Whether `public/{path}` exists; undefined when the public folder is unknown (then it is not checked). */
  publicFile?: ((path: string) => boolean) | undefined;
}

/** A link to a page that cannot exist: a Markdown file, a language, story, topic or author the site does not have. */
type MissingPage =
  | { kind: 'markdown-file'; url: string; slug: string }
  | { kind: 'language'; url: string; lang: string }
  | { kind: 'story'; url: string; id: string }
  | { kind: 'draft-story'; url: string; id: string }
  | { kind: 'topic'; url: string; id: string; topics: ReadonlySet<string> }
  | { kind: 'author'; url: string; id: string };

/** A link that may be right but probably is not: relative, or to a path that matches nothing known. */
type UnknownPage = { kind: 'relative'; url: string } | { kind: 'unknown-page'; url: string };

export type BrokenLink = MissingPage | UnknownPage;

export const linkInternal = defineRule({
  id: 'link-internal',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A link to a story, topic or author page that does not exist (or to a Markdown file).',
    ja: '存在しない記事・トピック・執筆者のページ（またはMarkdownファイル）へのリンクです。',
  },
  message: (link: MissingPage) => {
    const { url } = link;
    switch (link.kind) {
      case 'markdown-file':
        return {
          en: `"${url}" links to a Markdown file, which does not exist on the website. Link to the story page instead, e.g. /en/articles/${link.slug}/.`,
          ja: `「${url}」はMarkdownファイルへのリンクで、サイト上には存在しません。記事ページ（例: /ja/articles/${link.slug}/）にリンクしてください。`,
        };
      case 'language':
        return {
          en: `"${url}" starts with "/${link.lang}/", which is not a language of the site; use ${locales.map((l) => `/${l}/`).join(' or ')}.`,
          ja: `「${url}」の「/${link.lang}/」はサイトの言語ではありません。${locales.map((l) => `/${l}/`).join(' か ')} を使ってください。`,
        };
      case 'story':
        return {
          en: `"${url}" links to the story "${link.id}", which does not exist (no folder content/articles/${link.id}/). Check the slug.`,
          ja: `「${url}」がリンクしている記事「${link.id}」はありません（content/articles/${link.id}/ がありません）。スラッグを確かめてください。`,
        };
      case 'draft-story':
        return {
          en: `"${url}" links to the story "${link.id}", which is still a draft and will not be published; the link would be broken.`,
          ja: `「${url}」がリンクしている記事「${link.id}」はまだ下書き（draft: true）で公開されないため、リンク切れになります。`,
        };
      case 'topic':
        return {
          en: `"${url}" links to the topic "${link.id}", which does not exist. Topics: ${[...link.topics].join(', ')}.`,
          ja: `「${url}」がリンクしているトピック「${link.id}」はありません。トピック一覧: ${[...link.topics].join('、')}`,
        };
      case 'author':
        return {
          en: `"${url}" links to the author "${link.id}", who has no file content/authors/${link.id}.yaml.`,
          ja: `「${url}」がリンクしている執筆者「${link.id}」のファイルcontent/authors/${link.id}.yamlがありません。`,
        };
    }
  },
});

export const linkPage = defineRule({
  id: 'link-page',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'A link to a path on this site that no known page or public file matches.',
    ja: 'サイト内のどのページ・公開ファイルにも当たらないパスへのリンクです。',
  },
  message: (link: UnknownPage) =>
    link.kind === 'relative'
      ? {
          en: `"${link.url}" is a relative link; it resolves differently on each language page. Write the full path from the site root, e.g. /en/topics/peace-talks/.`,
          ja: `「${link.url}」は相対リンクで、言語ごとのページで行き先が変わってしまいます。/ja/topics/peace-talks/ のようにサイトのルートからのパスで書いてください。`,
        }
      : {
          en: `"${link.url}" does not match any page of the site or any file in public/. Check the address.`,
          ja: `「${link.url}」に当たるページもpublic/ のファイルもありません。アドレスを確かめてください。`,
        },
});

export const linkRules = [linkInternal, linkPage] as const;

export type LinkFinding = FindingOf<(typeof linkRules)[number]['id']>;

/** An address with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`): not on this site. */
export const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks a link target written in a story (`fromDraft`: the story itself is a draft, so links to other drafts
 * are fine). External links are not fetched.
 *
 * @example checkLink('/en/articles/no-such-story/', false, site)?.kind // 'story'
 */
export function checkLink(url: string, fromDraft: boolean, site: SiteIndex): BrokenLink | undefined {
  const target = url.trim().replace(/[?#].*$/, '');
  if (!target || external.test(url.trim())) return undefined;
  if (!target.startsWith('/')) {
    if (/\.mdx?$/i.test(target)) return { kind: 'markdown-file', url, slug: posix.basename(posix.dirname(posix.join('/articles/x', target))) };
    return { kind: 'relative', url };
  }
  const segments = target
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const [lang, section, id, page, ...rest] = segments;
  const unknownPage = (): BrokenLink | undefined =>
    site.publicFile === undefined || site.publicFile(target.slice(1)) ? undefined : { kind: 'unknown-page', url };
  if (!lang) return undefined;
  if (!isLocale(lang)) {
    if (section === 'articles' || section === 'topics' || section === 'authors') return { kind: 'language', url, lang };
    return unknownPage();
  }
  if (section === undefined || ((section === 'search' || section === 'topics') && id === undefined)) return undefined;
  if (section === 'articles' && id !== undefined && page === undefined) {
    const story = site.stories.get(id);
    if (!story) return { kind: 'story', url, id };
    if (!story.published && !fromDraft) return { kind: 'draft-story', url, id };
    return undefined;
  }
  if (section === 'topics' && id !== undefined && rest.length === 0 && (page === undefined || /^\d+$/.test(page))) {
    return site.topics.has(id) ? undefined : { kind: 'topic', url, id, topics: site.topics };
  }
  if (section === 'topics' && id !== undefined && page === 'timeline' && rest.length === 0 && site.timelines?.has(id)) return undefined;
  if (section === 'authors' && id !== undefined && page === undefined) {
    return site.authors.has(id) ? undefined : { kind: 'author', url, id };
  }
  return unknownPage();
}

/** The finding for a broken link at `file:line`: an error for a page that cannot exist, a warning otherwise. */
export function linkFinding(file: string, line: number, link: BrokenLink): LinkFinding {
  return link.kind === 'relative' || link.kind === 'unknown-page' ? linkPage.finding(file, line, link) : linkInternal.finding(file, line, link);
}

/** Every link of every checked version, against the stories, topics and authors of the whole tree. */
export function checkLinks(versions: readonly CheckedVersion[], site: Omit<SiteIndex, 'stories'>): LinkFinding[] {
  const index: SiteIndex = { ...site, stories: new Map() };
  for (const v of versions) {
    const entry = index.stories.get(v.slug) ?? { published: false };
    if (!v.draft) entry.published = true;
    index.stories.set(v.slug, entry);
  }
  const found: LinkFinding[] = [];
  for (const v of versions) {
    for (const link of v.links) {
      const broken = checkLink(link.url, v.draft, index);
      if (broken) found.push(linkFinding(v.file, link.line, broken));
    }
  }
  return found;
}
