import { posix } from 'node:path';
import { isLocale, locales } from '../../shared/locales.ts';
import type { Localized } from '../types.ts';

/** What the link and image checks need to know about the whole site. */
export interface SiteIndex {
  /** Story slugs, and whether at least one version is published (not a draft). */
  stories: Map<string, { published: boolean }>;
  topics: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  /** Files in the content folder (paths relative to it), for relative image paths. */
  contentFiles: ReadonlySet<string>;
  /** Whether `public/{path}` exists; undefined when the public folder is unknown (then it is not checked). */
  publicFile?: ((path: string) => boolean) | undefined;
}

export interface BrokenLink {
  rule: 'link-internal' | 'link-page';
  message: Localized;
}

/** An address with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`): not on this site. */
export const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks a link target written in a story (`fromDraft`: the story itself is a draft, so links to other drafts
 * are fine). External links are not fetched.
 *
 * @example checkLink('/en/articles/no-such-story/', false, site)?.rule // 'link-internal'
 */
export function checkLink(url: string, fromDraft: boolean, site: SiteIndex): BrokenLink | undefined {
  const target = url.trim().replace(/[?#].*$/, '');
  if (!target || external.test(url.trim())) return undefined;
  if (!target.startsWith('/')) {
    if (/\.mdx?$/i.test(target)) {
      const slug = posix.basename(posix.dirname(posix.join('/articles/x', target)));
      return {
        rule: 'link-internal',
        message: {
          en: `"${url}" links to a Markdown file, which does not exist on the website. Link to the story page instead, e.g. /en/articles/${slug}/.`,
          ja: `「${url}」はMarkdownファイルへのリンクで、サイト上には存在しません。記事ページ（例: /ja/articles/${slug}/）にリンクしてください。`,
        },
      };
    }
    return {
      rule: 'link-page',
      message: {
        en: `"${url}" is a relative link; it resolves differently on each language page. Write the full path from the site root, e.g. /en/topics/peace-talks/.`,
        ja: `「${url}」は相対リンクで、言語ごとのページで行き先が変わってしまいます。/ja/topics/peace-talks/ のようにサイトのルートからのパスで書いてください。`,
      },
    };
  }
  const segments = target.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const [lang, section, id, page, ...rest] = segments;
  const unknownPage = (): BrokenLink | undefined =>
    site.publicFile === undefined || site.publicFile(target.slice(1))
      ? undefined
      : {
          rule: 'link-page',
          message: {
            en: `"${url}" does not match any page of the site or any file in public/. Check the address.`,
            ja: `「${url}」に当たるページもpublic/ のファイルもありません。アドレスを確かめてください。`,
          },
        };
  if (!lang) return undefined;
  if (!isLocale(lang)) {
    if (section === 'articles' || section === 'topics' || section === 'authors') {
      return {
        rule: 'link-internal',
        message: {
          en: `"${url}" starts with "/${lang}/", which is not a language of the site; use ${locales.map((l) => `/${l}/`).join(' or ')}.`,
          ja: `「${url}」の「/${lang}/」はサイトの言語ではありません。${locales.map((l) => `/${l}/`).join(' か ')} を使ってください。`,
        },
      };
    }
    return unknownPage();
  }
  if (section === undefined || ((section === 'search' || section === 'topics') && id === undefined)) return undefined;
  if (section === 'articles' && id !== undefined && page === undefined) {
    const story = site.stories.get(id);
    if (!story) {
      return {
        rule: 'link-internal',
        message: {
          en: `"${url}" links to the story "${id}", which does not exist (no folder content/articles/${id}/). Check the slug.`,
          ja: `「${url}」がリンクしている記事「${id}」はありません（content/articles/${id}/ がありません）。スラッグを確かめてください。`,
        },
      };
    }
    if (!story.published && !fromDraft) {
      return {
        rule: 'link-internal',
        message: {
          en: `"${url}" links to the story "${id}", which is still a draft and will not be published; the link would be broken.`,
          ja: `「${url}」がリンクしている記事「${id}」はまだ下書き（draft: true）で公開されないため、リンク切れになります。`,
        },
      };
    }
    return undefined;
  }
  if (section === 'topics' && id !== undefined && rest.length === 0 && (page === undefined || /^\d+$/.test(page))) {
    if (site.topics.has(id)) return undefined;
    return {
      rule: 'link-internal',
      message: {
        en: `"${url}" links to the topic "${id}", which does not exist. Topics: ${[...site.topics].join(', ')}.`,
        ja: `「${url}」がリンクしているトピック「${id}」はありません。トピック一覧: ${[...site.topics].join('、')}`,
      },
    };
  }
  if (section === 'authors' && id !== undefined && page === undefined) {
    if (site.authors.has(id)) return undefined;
    return {
      rule: 'link-internal',
      message: {
        en: `"${url}" links to the author "${id}", who has no file content/authors/${id}.yaml.`,
        ja: `「${url}」がリンクしている執筆者「${id}」のファイルcontent/authors/${id}.yamlがありません。`,
      },
    };
  }
  return unknownPage();
}
