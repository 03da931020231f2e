import { idPattern } from '../../shared/ids.ts';
import { checkImage, type SiteIndex } from './links.ts';
import { englishSentences, foreignRuns, scriptName } from './writing-systems.ts';
import { flatten, type TextBlock } from '../read/text.ts';
import type { Localized } from '../types.ts';
import type { VersionUnderCheck } from '../types.ts';
import { isRecord, strings, type Add } from '../run/version.ts';

// Checks of one story file on its own: references to topics and authors, translation leftovers,
// placeholders, images.

const truncate = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function checkReferences(v: VersionUnderCheck, known: { topics: Set<string>; authors: Set<string> }, add: Add) {
  if (!v.raw || !v.source) return;
  strings(v.raw['topics']).forEach((topic, i) => {
    if (known.topics.has(topic) || !idPattern.test(topic)) return;
    const topicList = [...known.topics].sort().join(', ');
    add('ref-topic', v.file, v.source!.fieldLine(['topics', i]), {
      en: `Unknown topic "${topic}": use one of ${topicList || '(none yet)'}, or add content/topics/${topic}.yaml.`,
      ja: `「${topic}」というトピックはありません。${topicList || '（まだありません）'} のいずれかを使うか、content/topics/${topic}.yamlを追加してください。`,
    });
  });
  const author = v.raw['author'];
  if (typeof author === 'string' && idPattern.test(author) && !known.authors.has(author)) {
    const authorList = [...known.authors].sort().join(', ');
    add('ref-author', v.file, v.source.fieldLine(['author']), {
      en: `Unknown author "${author}": use one of ${authorList || '(none yet)'}, or add content/authors/${author}.yaml.`,
      ja: `「${author}」という執筆者はいません。${authorList || '（まだいません）'} のいずれかを使うか、content/authors/${author}.yamlを追加してください。`,
    });
  }
}

const fieldNote = (block: TextBlock): Localized =>
  block.kind === 'frontmatter'
    ? { en: ` (in "${block.field}")`, ja: `（「${block.field}」の中）` }
    : block.kind === 'attribution'
      ? { en: ` (in the quote's ${block.field})`, ja: `（引用の ${block.field} の中）` }
      : { en: '', ja: '' };

/** The frontmatter fields of a Japanese version that are read as sentences. */
const readableFields = new Set(['title', 'lead', 'keyPoints', 'imageAlt']);

export function checkTranslation(v: VersionUnderCheck, add: Add) {
  if (v.lang === 'en') {
    for (const block of v.blocks) {
      for (const hit of foreignRuns(block)) {
        const script = scriptName(hit.text);
        const where = fieldNote(block);
        add('en-foreign-script', v.file, hit.line, {
          en: `${script.en} text "${hit.text}" in the English version${where.en}: translate it. If it belongs there (a name, a quoted original), put it in quotation marks “…” or in <span lang="ja">…</span>.`,
          ja: `英語版に${script.ja}「${hit.text}」が残っています${where.ja}。翻訳してください。固有名詞や原文の引用として残す場合は “…” で囲むか、<span lang="ja">…</span> で囲んでください。`,
        });
      }
    }
  } else if (v.lang === 'ja') {
    for (const block of v.blocks) {
      const readable =
        block.kind === 'body' ||
        block.kind === 'analysis-title' ||
        block.kind === 'image-alt' ||
        (block.kind === 'frontmatter' && readableFields.has(block.field ?? ''));
      if (!readable) continue;
      for (const hit of englishSentences(block)) {
        const where = fieldNote(block);
        add('ja-english-sentence', v.file, hit.line, {
          en: `"${truncate(hit.text)}" looks like an untranslated English sentence in the Japanese version${where.en}: translate it, or put it in quotation marks “…” if you quote it on purpose.`,
          ja: `「${truncate(hit.text)}」は翻訳されていない英文のようです${where.ja}。日本語に訳すか、意図して原文を引用する場合は “…” で囲んでください。`,
        });
      }
    }
  }
}

/** `TODO`, also typed in full-width letters. */
const placeholderRE = /\bTODO\b|ＴＯＤＯ/;

export function checkPlaceholders(v: VersionUnderCheck, add: Add) {
  const lines = new Set<number>();
  // One path, extended and shortened on the way down and copied only for a hit.
  const path: PropertyKey[] = [];
  const scan = (value: unknown) => {
    if (typeof value === 'string') {
      if (placeholderRE.test(value)) lines.add(v.source?.fieldLine([...path]) ?? 1);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        scan(item);
        path.pop();
      });
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'checks') continue;
        path.push(key);
        scan(item);
        path.pop();
      }
    }
  };
  if (v.raw) scan(v.raw);
  for (const block of v.facts?.blocks ?? []) {
    const flat = flatten(block);
    const m = placeholderRE.exec(flat.text);
    if (m) lines.add(flat.lineAt(Math.min(m.index, flat.text.length - 1)));
  }
  for (const line of [...lines].sort((a, b) => a - b)) {
    add(
      'placeholder',
      v.file,
      line,
      {
        en: 'Placeholder text ("TODO") from `npm run new` is still here: replace it with the real text, or delete the line.',
        ja: '`npm run new` が入れた仮の文（TODO）が残っています。本文に書き換えるか、その行を削除してください。',
      },
      v.draft ? 'warning' : 'error',
    );
  }
}

export function checkImages(v: VersionUnderCheck, contentFiles: ReadonlySet<string>, publicFile: SiteIndex['publicFile'], add: Add) {
  const site = { contentFiles, publicFile };
  for (const image of v.facts?.images ?? []) {
    const problem = checkImage(image.url, v.file, site);
    if (problem) add(problem.rule, v.file, image.line, problem.message);
    if (!image.alt?.trim()) {
      add('image-alt', v.file, image.line, {
        en: 'This image has no alternative text: describe what it shows in the brackets, as in ![Delegates at the table in Istanbul](./talks.jpg).',
        ja: 'この画像に代替テキストがありません。![イスタンブールの協議の席に着く代表団](./talks.jpg) のように、角括弧の中に画像の内容を書いてください。',
      });
    }
  }
  const image = v.raw?.['image'];
  if (typeof image === 'string' && v.source) {
    const line = v.source.fieldLine(['image']);
    const problem = checkImage(image, v.file, site);
    if (problem) add(problem.rule, v.file, line, problem.message);
    const alt = v.raw?.['imageAlt'];
    if (typeof alt !== 'string' || !alt.trim()) {
      add('image-alt', v.file, line, {
        en: 'The lead image has no "imageAlt": add a line "imageAlt: …" that describes what the image shows.',
        ja: 'リード画像に「imageAlt」がありません。画像の内容を説明する「imageAlt: …」の行を加えてください。',
      });
    }
  }
}
