import { idPattern } from '../../shared/ids.ts';
import { isLocale, locales } from '../../shared/locales.ts';
import type { ContentFile } from '../read/load.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// Where files are and what they are called: the layout of the content folder, before any file is read.

export const pathLayout = defineRule({
  id: 'path-layout',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A story file is not at content/articles/{slug}/{language}.md.',
    ja: '記事ファイルがcontent/articles/{slug}/{言語}.mdの位置にありません。',
  },
  message: () => ({
    en: `A story must be content/articles/{slug}/{language}.md, e.g. content/articles/istanbul-talks/ja.md; move this file into its own story folder.`,
    ja: `記事はcontent/articles/{スラッグ}/{言語}.mdに置きます（例: content/articles/istanbul-talks/ja.md）。このファイルを記事ごとのフォルダーに移してください。`,
  }),
});

type Collection = 'topics' | 'authors' | 'glossary' | 'timelines';

export const pathSlug = defineRule({
  id: 'path-slug',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A story folder, topic or author file name is not a valid id (lowercase letters, digits, hyphens).',
    ja: '記事フォルダー名・トピックや執筆者のファイル名が正しいID（小文字英数字とハイフン）になっていません。',
  },
  message: (bad: { slug: string } | { collection: Collection; id: string }) =>
    'slug' in bad
      ? {
          en: `The folder name "${bad.slug}" is not a valid slug: use lowercase ASCII letters, digits and single hyphens, e.g. "istanbul-talks-2025-05". Rename the folder.`,
          ja: `フォルダー名「${bad.slug}」はスラッグとして使えません。半角小文字の英字・数字と、単語の区切りのハイフン（-）だけにしてください（例: istanbul-talks-2025-05）。`,
        }
      : {
          en: `"${bad.id}" is not a valid ${bad.collection === 'topics' || bad.collection === 'timelines' ? 'topic' : bad.collection === 'authors' ? 'author' : 'glossary'} id: use lowercase ASCII letters, digits and single hyphens, e.g. "peace-talks". Rename the file.`,
          ja: `「${bad.id}」は${bad.collection === 'topics' || bad.collection === 'timelines' ? 'トピック' : bad.collection === 'authors' ? '執筆者' : '用語集'}のIDとして使えません。半角小文字の英字・数字とハイフンだけにしてください（例: peace-talks）。`,
        },
});

export const pathLanguage = defineRule({
  id: 'path-language',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A story file is not named after a language of the site (ja.md, en.md).',
    ja: '記事ファイル名がサイトの言語（ja.md、en.md）になっていません。',
  },
  message: ({ name, ext }: { name: string; ext: string }) => ({
    en: `"${name}" is not named after a language of the site: name the file ${locales.map((l) => `${l}.${ext}`).join(' or ')}.`,
    ja: `ファイル名「${name}」はサイトの言語を表していません。${locales.map((l) => `${l}.${ext}`).join(' か ')} という名前にしてください。`,
  }),
});

export const pathDuplicate = defineRule({
  id: 'path-duplicate',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'Two files claim the same story language, topic or author (e.g. ja.md and ja.mdx).',
    ja: '同じ記事の同じ言語、または同じトピック・執筆者のファイルが二つあります（例: ja.mdとja.mdx）。',
  },
  /** `path` is reported, `first` (in path order) is the file it duplicates. */
  message: ({ path, first }: { path: string; first: string }) => ({
    en: `"${path}" and "${first}" are the same ${path.startsWith('articles/') ? 'story in the same language' : 'entry'}; keep one and delete the other.`,
    ja: `「${path}」と「${first}」は同じ${path.startsWith('articles/') ? '記事の同じ言語版' : '項目'}です。どちらか一方を残し、もう一方を削除してください。`,
  }),
});

export const pathStrayFile = defineRule({
  id: 'path-stray-file',
  severity: 'warning',
  ignorable: false,
  explain: {
    en: 'A file in the content folder that the site never reads (wrong extension or place).',
    ja: 'サイトが読み込まない場所や拡張子のファイルがcontentフォルダーにあります。',
  },
  /** A file among the stories (`name`), or among the topics or authors (`path`). */
  message: (stray: { name: string } | { path: string; collection: Collection }) =>
    'name' in stray
      ? {
          en: `The site never reads "${stray.name}" here: stories are ja.md/en.md (or .mdx) inside a story folder, next to their images.`,
          ja: `この場所の「${stray.name}」はサイトに読み込まれません。記事は記事フォルダーの中のja.md / en.md（または .mdx）で、画像はその隣に置きます。`,
        }
      : {
          en: `The site never reads "${stray.path}": ${stray.collection} are single .yaml files directly in content/${stray.collection}/.`,
          ja: `「${stray.path}」はサイトに読み込まれません。content/${stray.collection}/ の直下に .yamlファイルとして置いてください。`,
        },
});

export const pathRules = [pathLayout, pathSlug, pathLanguage, pathDuplicate, pathStrayFile] as const;

export type PathFinding = FindingOf<(typeof pathRules)[number]['id']>;

/** A story file found in the content folder: `articles/{slug}/{lang}.{ext}`. */
export interface StoryFile {
  file: ContentFile;
  slug: string;
  lang: string;
  ext: string;
}

/** A topic or author file: `{collection}/{id}.yaml`. */
export interface DataFile {
  file: ContentFile;
  collection: Collection;
  id: string;
}

const storyExt = /\.(md|mdx)$/;
const yamlExt = /\.(ya?ml)$/;
const imageExt = /\.(png|jpe?g|gif|webp|avif|svg|tiff?)$/i;

/**
 * Sorts the files of the content folder into stories and data files, with the findings about where they are,
 * what they are called, and two files for one story language, topic or author. Hidden files are skipped.
 */
export function checkLayout(files: readonly ContentFile[]): { findings: PathFinding[]; stories: StoryFile[]; data: DataFile[] } {
  const findings: PathFinding[] = [];
  const stories: StoryFile[] = [];
  const data: DataFile[] = [];

  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.some((p) => p.startsWith('.'))) continue;
    const name = parts[parts.length - 1]!;
    const [collection] = parts;
    if (collection === 'articles') {
      const isStory = storyExt.test(name);
      if (parts.length === 3 && isStory) {
        const slug = parts[1]!;
        const lang = name.replace(storyExt, '');
        const ext = storyExt.exec(name)![1]!;
        if (!idPattern.test(slug)) findings.push(pathSlug.finding(file.path, 1, { slug }));
        if (!isLocale(lang)) findings.push(pathLanguage.finding(file.path, 1, { name, ext }));
        stories.push({ file, slug, lang, ext });
      } else if (isStory) {
        findings.push(pathLayout.finding(file.path, 1));
      } else if (!(parts.length >= 3 && imageExt.test(name))) {
        findings.push(pathStrayFile.finding(file.path, 1, { name }));
      }
    } else if (collection === 'topics' || collection === 'authors' || collection === 'glossary' || collection === 'timelines') {
      if (parts.length === 2 && yamlExt.test(name)) {
        const id = name.replace(yamlExt, '');
        if (!idPattern.test(id)) findings.push(pathSlug.finding(file.path, 1, { collection, id }));
        data.push({ file, collection, id });
      } else if (collection === 'authors' && parts.length === 2 && imageExt.test(name)) {
        // An author's photo (`photo: ./name.jpg`), which Astro's image() resolves beside the YAML file.
      } else {
        findings.push(pathStrayFile.finding(file.path, 1, { path: file.path, collection }));
      }
    }
  }

  const groups = new Map<string, string[]>();
  for (const a of stories) groups.set(`articles/${a.slug}/${a.lang}`, [...(groups.get(`articles/${a.slug}/${a.lang}`) ?? []), a.file.path]);
  for (const d of data) groups.set(`${d.collection}/${d.id}`, [...(groups.get(`${d.collection}/${d.id}`) ?? []), d.file.path]);
  for (const paths of groups.values()) {
    if (paths.length < 2) continue;
    const [first, ...others] = [...paths].sort();
    for (const path of others) findings.push(pathDuplicate.finding(path, 1, { path, first: first! }));
  }
  return { findings, stories, data };
}
