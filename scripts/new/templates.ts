import { isLocale, locales, type Locale } from '../../src/shared/locales.ts';
import { idPattern } from '../../src/shared/ids.ts';
import { articleKinds } from '../../src/schemas/index.ts';
import { glossaryKinds } from '../../src/shared/glossary/entries.ts';
import { isStrictDate } from '../../src/checks/rules/schema.ts';
import type { Localized } from '../../src/checks/types.ts';

/** What `npm run new` was asked for. */
export interface ScaffoldRequest {
  slug: string;
  topics: string[];
  /** The languages to create; both by default. */
  langs?: Locale[];
  /** `YYYY-MM-DD`; today by default. */
  date?: string;
  kind?: string;
  author?: string;
  mdx?: boolean;
}

/** What exists already, to refuse clashes and unknown ids. */
export interface ScaffoldContext {
  existingSlugs: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  today: string;
}

export type ScaffoldResult = { ok: true; files: { path: string; text: string }[] } | { ok: false; errors: Localized[] };

/**
 * Today's date as YYYY-MM-DD in the editor's own time zone.
 * @example localDay(new Date(2025, 4, 16)) // '2025-05-16'
 */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Checks a `npm run new` request and returns the files to write (paths relative to the content folder), or
 * every reason to refuse it.
 * @example scaffold({ slug: 'talks', topics: ['peace-talks'] }, context).ok // true
 */
export function scaffold(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const errors: Localized[] = [];
  const { slug } = request;
  const topicList = [...context.topics].sort().join(', ') || '(none)';
  if (!slug) {
    errors.push({
      en: 'Give the story a slug: npm run new -- istanbul-talks-2025-05 --topics peace-talks',
      ja: 'スラッグを指定してください: npm run new -- istanbul-talks-2025-05 --topics peace-talks',
    });
  } else if (!idPattern.test(slug)) {
    errors.push({
      en: `"${slug}" is not a valid slug: use lowercase ASCII letters, digits and single hyphens, e.g. istanbul-talks-2025-05. It becomes the address of the story.`,
      ja: `「${slug}」はスラッグとして使えません。半角小文字の英字・数字と、区切りのハイフン（-）だけにしてください（例: istanbul-talks-2025-05）。記事のアドレスになります。`,
    });
  } else if (context.existingSlugs.has(slug)) {
    errors.push({
      en: `A story "${slug}" already exists (content/articles/${slug}/): choose another slug, or edit that story.`,
      ja: `記事「${slug}」はすでにあります（content/articles/${slug}/）。別のスラッグにするか、その記事を編集してください。`,
    });
  }
  if (request.topics.length === 0) {
    errors.push({
      en: `Give at least one topic with --topics, e.g. --topics peace-talks,ukraine. Topics: ${topicList}.`,
      ja: `--topicsでトピックを一つ以上指定してください（例: --topics peace-talks,ukraine）。トピック一覧: ${topicList}`,
    });
  }
  for (const topic of request.topics) {
    if (!context.topics.has(topic)) {
      errors.push({
        en: `Unknown topic "${topic}". Topics: ${topicList}. A new topic needs a file content/topics/${topic}.yaml first.`,
        ja: `「${topic}」というトピックはありません。トピック一覧: ${topicList}。新しいトピックは先にcontent/topics/${topic}.yamlを作ってください。`,
      });
    }
  }
  if (request.author !== undefined && !context.authors.has(request.author)) {
    errors.push({
      en: `Unknown author "${request.author}". Authors: ${[...context.authors].sort().join(', ') || '(none)'}.`,
      ja: `「${request.author}」という執筆者はいません。執筆者一覧: ${[...context.authors].sort().join('、') || '（なし）'}`,
    });
  }
  const date = request.date ?? context.today;
  if (!isStrictDate(date) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    errors.push({
      en: `"${date}" is not a date: write --date YYYY-MM-DD, e.g. --date 2025-05-16 (today is the default).`,
      ja: `「${date}」は日付ではありません。--date 2025-05-16のようにYYYY-MM-DDで書いてください（省略すると今日の日付）。`,
    });
  }
  const kind = request.kind ?? 'news';
  if (!(articleKinds as readonly string[]).includes(kind)) {
    errors.push({
      en: `"${kind}" is not a kind of story: use one of ${articleKinds.join(', ')}.`,
      ja: `「${kind}」という記事の種類はありません。${articleKinds.join('、')} のいずれかを使ってください。`,
    });
  }
  const langs = request.langs ?? [...locales];
  for (const lang of langs) {
    if (!isLocale(lang)) {
      errors.push({
        en: `"${String(lang)}" is not a language of the site (${locales.join(', ')}).`,
        ja: `「${String(lang)}」はサイトの言語ではありません（${locales.join('、')}）。`,
      });
    }
  }
  if (errors.length) return { ok: false, errors };

  const ext = request.mdx ? 'mdx' : 'md';
  const fields = { date, topics: request.topics, kind, author: request.author, mdx: !!request.mdx };
  return {
    ok: true,
    files: langs.map((lang) => ({ path: `articles/${slug}/${lang}.${ext}`, text: lang === 'ja' ? japanese(fields) : english(fields) })),
  };
}

interface Fields {
  date: string;
  topics: string[];
  kind: string;
  author: string | undefined;
  mdx: boolean;
}

// A comment in the body: an HTML comment in Markdown, a JavaScript comment in braces in MDX (where HTML comments are an error).
const comment = (mdx: boolean, text: string) => (mdx ? `{/*\n${text}\n*/}` : `<!--\n${text}\n-->`);

function japanese(f: Fields): string {
  return `---
# 見出し。80字程度まで。ページのタイトルと記事一覧に使われます。
title: TODO 見出し
# リード文。記事を1〜2文で要約します（見出しの下、記事一覧、RSS、検索結果に出ます）。
lead: TODO リード文
# 公開日（YYYY-MM-DD）。英語版と同じ日付にします。
date: ${f.date}
# トピック ID（content/topics/ のファイル名）。先頭がメインのトピック。英語版と同じにします。
topics: [${f.topics.join(', ')}]
# 記事の種類: news（ニュース）、analysis（解説）、brief（短信）、research（調査・研究）
kind: ${f.kind}
# 執筆者 ID（content/authors/ のファイル名）。
${f.author ? `author: ${f.author}` : '# author: desk-editor'}
# 要点。ふつうは3つ。英語版と同じ数・同じ順番にします。
keyPoints:
  - TODO 1つ目の要点
  - TODO 2つ目の要点
  - TODO 3つ目の要点
# 参考文献。英語版と同じ数・同じ順番にします。url はオンラインの資料だけに付けます。
references:
  - title: TODO 参考にした記事や資料の題名
    publisher: TODO 発行元（例：AP通信）
    # url: https://…
---

TODO 最初の段落。いつ、どこで、誰が、何をしたのかを書きます。

## TODO 小見出し

TODO 本文。

${comment(
  f.mdx,
  `引用は次のように書きます（speaker は必須、role・source・url は任意）。

:::quote{speaker="話者の名前" role="肩書き" source="媒体名" url="https://…"}
引用する発言。
:::`,
)}

:::analysis[TODO 解説ポイントの題名]
TODO 解説の本文。解説ポイントは「:::analysis[題名]」で始め、「:::」だけの行で閉じます。番号（①②③）は自動で付きます。
:::
`;
}

function english(f: Fields): string {
  return `---
# Headline, up to about 80 characters: the page title and the text in listings.
title: TODO Headline
# One or two sentences that sum up the story (under the headline, in listings, feeds and search results).
lead: TODO Lead
# Publication date (YYYY-MM-DD), the same as the Japanese version.
date: ${f.date}
# Topic ids (file names in content/topics/); the first is the main topic. The same as the Japanese version.
topics: [${f.topics.join(', ')}]
# Kind of story: news, analysis, brief or research.
kind: ${f.kind}
# Author id (file name in content/authors/).
${f.author ? `author: ${f.author}` : '# author: desk-editor'}
# Key points, usually three: the same number and order as the Japanese version.
keyPoints:
  - TODO First key point
  - TODO Second key point
  - TODO Third key point
# References: the same number and order as the Japanese version. Give a url only for sources online.
references:
  - title: TODO Title of the article or document you relied on
    publisher: TODO Publisher (e.g. AP News)
    # url: https://…
---

TODO First paragraph: who did what, when and where.

## TODO Section heading

TODO Body text.

${comment(
  f.mdx,
  `Write a quote like this (speaker is required; role, source and url are optional):

:::quote{speaker="Speaker's name" role="Title" source="Publication" url="https://…"}
The quoted words.
:::`,
)}

:::analysis[TODO Title of the analysis point]
TODO The analysis. An analysis point starts with ":::analysis[Title]" and ends with a line with only ":::". Numbers are added automatically.
:::
`;
}

/** What `npm run new -- glossary {id} --kind …` was asked for. */
export interface GlossaryScaffoldRequest {
  id: string;
  kind?: string | undefined;
}

/**
 * Checks a `npm run new -- glossary {id}` request and returns the entry file to write (relative to the content
 * folder), with both languages' placeholders, or every reason to refuse it.
 * @example scaffoldGlossary({ id: 'witkoff', kind: 'person' }, new Set()).ok // true
 */
export function scaffoldGlossary(request: GlossaryScaffoldRequest, existing: ReadonlySet<string>): ScaffoldResult {
  const errors: Localized[] = [];
  const { id, kind = 'person' } = request;
  if (!id) {
    errors.push({
      en: 'Give the entry an id, from its usual English name: npm run new -- glossary witkoff --kind person',
      ja: '項目のIDを、英語での通常の名前から付けてください: npm run new -- glossary witkoff --kind person',
    });
  } else if (!idPattern.test(id)) {
    errors.push({
      en: `"${id}" is not a valid glossary id: use lowercase ASCII letters, digits and single hyphens, e.g. prisoner-exchange. It becomes the address of the entry page.`,
      ja: `「${id}」は用語集のIDとして使えません。半角小文字の英字・数字と、区切りのハイフン（-）だけにしてください（例: prisoner-exchange）。項目ページのアドレスになります。`,
    });
  } else if (existing.has(id)) {
    errors.push({
      en: `A glossary entry "${id}" already exists (content/glossary/${id}.yaml): edit that entry instead.`,
      ja: `用語集の項目「${id}」はすでにあります（content/glossary/${id}.yaml）。その項目を編集してください。`,
    });
  }
  if (!(glossaryKinds as readonly string[]).includes(kind)) {
    errors.push({
      en: `--kind must be one of: ${glossaryKinds.join(', ')} (not "${kind}").`,
      ja: `--kind には次のいずれかを指定してください: ${glossaryKinds.join(', ')}（「${kind}」は使えません）。`,
    });
  }
  if (errors.length) return { ok: false, errors };
  const text = `# A glossary entry: the house spelling in each language, other spellings as variants (see CONTRIBUTING.md).
kind: ${kind}
# The reading of the Japanese name in kana, for sorting (e.g. うぃとこふ).
reading: TODO
ja:
  name: TODO
  # Other spellings readers and other outlets use; npm run check warns when a story writes one.
  variants: []
  description: TODO 一、二文の説明。
en:
  name: TODO
  variants: []
  description: TODO One or two sentences.
links: []
${kind === 'term' ? '# Terms are not expected in both versions of a story; pair: true asks for them in both.\npair: false\n' : ''}`;
  return { ok: true, files: [{ path: `glossary/${id}.yaml`, text }] };
}
