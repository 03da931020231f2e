import type { TextBlock } from '../read/text.ts';
import type { FindingOf, Localized, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';
import { englishSentences, foreignRuns, lowercaseWords, midSentenceCapitals, scriptName } from './writing-systems.ts';

// Translation leftovers: text of the other language left in a version.

/** A stretch of text a translation check flags, and the block it is in (for the field it names). */
interface Leftover {
  text: string;
  block: Pick<TextBlock, 'kind' | 'field'>;
}

const fieldNote = (block: Leftover['block']): Localized =>
  block.kind === 'frontmatter'
    ? { en: ` (in "${block.field}")`, ja: `（「${block.field}」の中）` }
    : block.kind === 'attribution'
      ? { en: ` (in the quote's ${block.field})`, ja: `（引用の ${block.field} の中）` }
      : { en: '', ja: '' };

const truncate = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const enForeignScript = defineRule({
  id: 'en-foreign-script',
  severity: 'error',
  ignorable: true,
  explain: {
    en: 'The English version contains Japanese or other non-Latin text outside quotes and code.',
    ja: '英語版に、引用やコード以外で日本語などラテン文字以外の文字が残っています。',
  },
  message: ({ text, block }: Leftover) => {
    const script = scriptName(text);
    const where = fieldNote(block);
    // Cyrillic is Russian or Ukrainian (or another language): the editor knows which, the message says both.
    const span = script.lang === 'ru' ? '<span lang="ru">…</span> (lang="uk" for Ukrainian)' : `<span lang="${script.lang}">…</span>`;
    const spanJa = script.lang === 'ru' ? '<span lang="ru">…</span>（ウクライナ語なら lang="uk"）' : `<span lang="${script.lang}">…</span>`;
    return {
      en: `${script.en} text "${text}" in the English version${where.en}: translate it. If it belongs there (a name, a quoted original), put it in quotation marks “…” or in ${span}.`,
      ja: `英語版に${script.ja}「${text}」が残っています${where.ja}。翻訳してください。固有名詞や原文の引用として残す場合は “…” で囲むか、${spanJa} で囲んでください。`,
    };
  },
});

export const jaEnglishSentence = defineRule({
  id: 'ja-english-sentence',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'The Japanese version contains what looks like an untranslated English sentence.',
    ja: '日本語版に翻訳されていない英文のような部分があります。',
  },
  message: ({ text, block }: Leftover) => {
    const where = fieldNote(block);
    return {
      en: `"${truncate(text)}" looks like an untranslated English sentence in the Japanese version${where.en}: translate it, or put it in quotation marks “…” if you quote it on purpose.`,
      ja: `「${truncate(text)}」は翻訳されていない英文のようです${where.ja}。日本語に訳すか、意図して原文を引用する場合は “…” で囲んでください。`,
    };
  },
});

export const enMidCapital = defineRule({
  id: 'en-mid-capital',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'A common word capitalised in the middle of an English sentence ("big Gaps remain"), often left by machine translation.',
    ja: '英語の文の途中で普通の語が大文字で始まっています（"big Gaps remain"）。機械翻訳によく残る誤りです。',
  },
  message: ({ text }: { text: string }) => ({
    en: `"${text}" is capitalised in the middle of a sentence, but this version also writes "${text.toLowerCase()}" in lowercase: write it in lowercase unless it is part of a name here.`,
    ja: `「${text}」が文の途中で大文字になっていますが、この版の別の箇所では小文字の「${text.toLowerCase()}」です。ここで固有名詞の一部でなければ小文字にしてください。`,
  }),
});

export const translationRules = [enForeignScript, jaEnglishSentence, enMidCapital] as const;

export type TranslationFinding = FindingOf<(typeof translationRules)[number]['id']>;

/** The frontmatter fields of a Japanese version that are read as sentences. */
const readableFields = new Set(['title', 'lead', 'keyPoints', 'imageAlt', 'imageCaption', 'imageCredit']);

export function checkTranslation(v: VersionUnderCheck): TranslationFinding[] {
  const found: TranslationFinding[] = [];
  if (v.lang === 'en') {
    let lowercase: Set<string> | undefined;
    for (const block of v.blocks) {
      for (const hit of foreignRuns(block)) found.push(enForeignScript.finding(v.file, hit.line, { text: hit.text, block }));
      // Sentences only: headlines and reference titles are in title case on purpose.
      if (block.kind !== 'body' && !(block.kind === 'frontmatter' && (block.field === 'lead' || block.field === 'keyPoints'))) continue;
      lowercase ??= lowercaseWords(v.blocks);
      for (const hit of midSentenceCapitals(block, lowercase)) found.push(enMidCapital.finding(v.file, hit.line, hit));
    }
  } else if (v.lang === 'ja') {
    for (const block of v.blocks) {
      const readable =
        block.kind === 'body' ||
        block.kind === 'analysis-title' ||
        block.kind === 'image-alt' ||
        (block.kind === 'frontmatter' && readableFields.has(block.field ?? ''));
      if (!readable) continue;
      for (const hit of englishSentences(block)) found.push(jaEnglishSentence.finding(v.file, hit.line, { text: hit.text, block }));
    }
  }
  return found;
}
