import { posix } from 'node:path';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';
import { external, type SiteIndex } from './links.ts';

// Images in the body and the lead image: the file must exist, and the image must say what it shows.

/** An image that does not exist: as written, and where it was looked for (undefined: it has no path). */
export interface MissingImage {
  src: string;
  lookedFor: string | undefined;
}

export const imageMissing = defineRule({
  id: 'image-missing',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An image file that does not exist.', ja: '画像ファイルが見つかりません。' },
  message: ({ src, lookedFor }: MissingImage) => ({
    en:
      lookedFor === undefined
        ? 'The image has no file path.'
        : `The image "${src}" does not exist (looked for ${lookedFor}). Check the file name and put the image next to the file that names it (the story or the author file).`,
    ja:
      lookedFor === undefined
        ? '画像のファイルパスがありません。'
        : `画像「${src}」が見つかりません（${lookedFor} を探しました）。ファイル名を確かめ、画像をそれを指定しているファイル（記事か執筆者のファイル）と同じフォルダーに置いてください。`,
  }),
});

export const imageAlt = defineRule({
  id: 'image-alt',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An image without alternative text (alt, imageAlt).', ja: '画像に代替テキスト（alt、imageAlt）がありません。' },
  /** `lead`: the frontmatter's lead image (`image`), otherwise an image in the body. */
  message: ({ lead }: { lead: boolean }) =>
    lead
      ? {
          en: 'The lead image has no "imageAlt": add a line "imageAlt: …" that describes what the image shows.',
          ja: 'リード画像に「imageAlt」がありません。画像の内容を説明する「imageAlt: …」の行を加えてください。',
        }
      : {
          en: 'This image has no alternative text: describe what it shows in the brackets, as in ![Delegates at the table in Istanbul](./talks.jpg).',
          ja: 'この画像に代替テキストがありません。![イスタンブールの協議の席に着く代表団](./talks.jpg) のように、角括弧の中に画像の内容を書いてください。',
        },
});

export const imageRules = [imageMissing, imageAlt] as const;

export type ImageFinding = FindingOf<(typeof imageRules)[number]['id']>;

type Files = Pick<SiteIndex, 'contentFiles' | 'publicFile'>;

/**
 * Checks that a local image exists: relative to the story file, or in `public/` for a path starting with `/`.
 * @example checkImage('./map.png', 'articles/talks/en.md', site) // undefined when articles/talks/map.png exists
 */
export function checkImage(src: string, file: string, site: Files): MissingImage | undefined {
  const target = src.trim().replace(/[?#].*$/, '');
  if (external.test(target) || target.startsWith('data:')) return undefined;
  if (!target) return { src, lookedFor: undefined };
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // keep it as written
  }
  if (decoded.startsWith('/')) {
    if (!site.publicFile || site.publicFile(decoded.slice(1))) return undefined;
    return { src, lookedFor: `public${decoded}` };
  }
  if (/^[~@]\//.test(decoded)) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(file), decoded));
  return site.contentFiles.has(resolved) ? undefined : { src, lookedFor: resolved };
}

/** The images of the body, then the lead image. */
export function checkImages(v: VersionUnderCheck, site: Files): ImageFinding[] {
  const found: ImageFinding[] = [];
  for (const image of v.facts?.images ?? []) {
    const missing = checkImage(image.url, v.file, site);
    if (missing) found.push(imageMissing.finding(v.file, image.line, missing));
    if (!image.alt?.trim()) found.push(imageAlt.finding(v.file, image.line, { lead: false }));
  }
  const image = v.raw?.['image'];
  if (typeof image === 'string' && v.source) {
    const line = v.source.fieldLine(['image']);
    const missing = checkImage(image, v.file, site);
    if (missing) found.push(imageMissing.finding(v.file, line, missing));
    const alt = v.raw?.['imageAlt'];
    if (typeof alt !== 'string' || !alt.trim()) found.push(imageAlt.finding(v.file, line, { lead: true }));
  }
  return found;
}
