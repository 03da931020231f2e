import { flatten, quoted, type TextBlock } from '../read/text.ts';

/** A stretch of text that a translation check flags, with its file line. */
export interface TextHit {
  text: string;
  line: number;
}

/**
 * Characters that do not belong in English prose: letters of any script but Latin (kana, kanji, Arabic,
 * Cyrillic, Hangul…), and Japanese typography (、。「」・ full-width forms, ①②③).
 */
const foreign = String.raw`(?:[\p{L}--\p{sc=Latin}]|[\u3000-\u303F\u30FB\uFF01-\uFF60\uFFE0-\uFFE6\u2460-\u24FF\u3200-\u32FF])\p{M}*`;
const foreignRun = new RegExp(`(?:${foreign})+(?:[ \\u00A0]+(?:${foreign})+)*`, 'gv');

/**
 * The script of a flagged run, named for the message, with the language tag an editor most likely needs to
 * mark it (`ru` for Cyrillic, the usual case in our stories; `uk` for Ukrainian is named in the message).
 * @example scriptName('مرحبا').lang // 'ar'
 */
export function scriptName(run: string): { en: string; ja: string; lang: string } {
  const ch = run.trim()[0] ?? '';
  const tests: [RegExp, string, string, string][] = [
    [/[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}\u3000-\u303F\u30FB\u30FC\uFF01-\uFF60\u2460-\u24FF\u3200-\u32FF]/u, 'Japanese', '日本語', 'ja'],
    [/\p{sc=Hangul}/u, 'Korean', '韓国語', 'ko'],
    [/\p{sc=Arabic}/u, 'Arabic', 'アラビア文字', 'ar'],
    [/\p{sc=Cyrillic}/u, 'Cyrillic', 'キリル文字', 'ru'],
    [/\p{sc=Greek}/u, 'Greek', 'ギリシャ文字', 'el'],
    [/\p{sc=Hebrew}/u, 'Hebrew', 'ヘブライ文字', 'he'],
    [/\p{sc=Thai}/u, 'Thai', 'タイ文字', 'th'],
    [/\p{sc=Devanagari}/u, 'Devanagari', 'デーヴァナーガリー文字', 'hi'],
  ];
  for (const [re, en, ja, lang] of tests) if (re.test(ch)) return { en, ja, lang };
  return { en: 'non-Latin', ja: 'ラテン文字以外', lang: '…' };
}

/**
 * Runs of non-Latin text in an English block, except where they are meant to be there: inside quotation
 * marks (“…”, "…"), in code, inside an element marked with `lang`, or as a gloss in parentheses right after a
 * Latin word, as in "the Diet (国会)".
 *
 * @example foreignRuns({ kind: 'body', pieces: [{ value: 'core issues مثل a ceasefire', line: 5 }] }) // [{ text: 'مثل', line: 5 }]
 */
export function foreignRuns(block: TextBlock): TextHit[] {
  const flat = flatten(block);
  let inQuotes: boolean[] | undefined;
  const hits: TextHit[] = [];
  // exec() rather than matchAll(), which would copy the regex for every block.
  foreignRun.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = foreignRun.exec(flat.text))) {
    inQuotes ??= quoted(flat.text);
    const start = m.index;
    const end = start + m[0].length;
    if (flat.masked(start, end, ['code', 'lang'])) continue;
    if (inQuotes[start] && inQuotes[end - 1]) continue;
    const before = flat.text.slice(0, start);
    const after = flat.text.slice(end);
    if (/\p{sc=Latin}\s?[(（]\s*$/u.test(before) && /^\s*[)）]/.test(after)) continue;
    hits.push({ text: m[0], line: flat.lineAt(start) });
  }
  return hits;
}

const functionWords = new Set(
  'a an the of to in on at for from by with and or but nor is are was were be been being has have had do does did will would shall should can could may might must not no than that this these those it its they their them we our you your he his she her as if into about over under after before while because so'.split(
    ' ',
  ),
);

/** A run of Latin words, possibly ending like a sentence. */
const latinRun = /[A-Za-z][A-Za-z0-9'’-]*(?:[,;:]?[ \t\n]+(?:[A-Za-z0-9][A-Za-z0-9'’-]*|&))*[.!?]?/g;

/**
 * Stretches of a Japanese block that read like an untranslated English sentence: at least five words with
 * ordinary lowercase words and function words ("the", "of", "was"…), or a shorter run that ends like a
 * sentence. Names ("The Moscow Times", "International Committee of the Red Cross") do not qualify; quoted
 * English (“…”), link text, code and `lang` elements are skipped.
 *
 * @example englishSentences({ kind: 'body', pieces: [{ value: '専門家は The talks ended without any agreement. と述べた', line: 1 }] }).length // 1
 */
export function englishSentences(block: TextBlock): TextHit[] {
  const flat = flatten(block);
  let inQuotes: boolean[] | undefined;
  const hits: TextHit[] = [];
  latinRun.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = latinRun.exec(flat.text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (flat.masked(start, end, ['code', 'lang', 'link'])) continue;
    const words = m[0].split(/[\s,;:]+/).filter(Boolean);
    const plain = words.map((w) => w.replace(/[.!?]$/, ''));
    const fn = plain.filter((w) => functionWords.has(w.toLowerCase())).length;
    const lower = plain.filter((w) => /^[a-z]/.test(w) && !functionWords.has(w)).length;
    const sentenceEnd = /[.!?]$/.test(m[0]);
    if ((words.length >= 5 && fn >= 1 && lower >= 2) || (words.length >= 3 && sentenceEnd && fn >= 1 && lower >= 1)) {
      inQuotes ??= quoted(flat.text);
      if (inQuotes[start] && inQuotes[end - 1]) continue;
      hits.push({ text: m[0], line: flat.lineAt(start) });
    }
  }
  return hits;
}

/** Words after which a capital is normal: articles, prepositions and the like ("the West", "in Istanbul"). */
const beforeNames = new Set([
  ...functionWords,
  'said',
  'says',
  'told',
  'met',
  'visited',
  'called',
  'between',
  'against',
  'across',
  'among',
  'via',
  'per',
  'including',
  'near',
  'toward',
  'towards',
]);

/**
 * Common words capitalised in the middle of an English sentence, as machine translation leaves them ("big Gaps
 * remain"). A capital there is usually a name, and names are not in any word list (ours would have to include
 * Russia, Turkey and Tomahawk, which are also words), so the evidence is the text itself: a capitalised word is
 * flagged only when the same version also writes it in lowercase, which a name never is. It must follow a
 * lowercase word that does not usually precede names, and must not start a run of capitalised words ("Security
 * Council"). `lowercase` holds every lowercase word of the version.
 *
 * @example midSentenceCapitals({ kind: 'body', pieces: [{ value: 'but big Gaps remain', line: 4 }] }, new Set(['gaps'])) // [{ text: 'Gaps', line: 4 }]
 */
export function midSentenceCapitals(block: TextBlock, lowercase: ReadonlySet<string>): TextHit[] {
  const flat = flatten(block);
  const hits: TextHit[] = [];
  for (const m of flat.text.matchAll(/\b([a-z]+)[ \u00A0]([A-Z][a-z]{2,})\b(?![’'-]|[ \u00A0]+[A-Z])/g)) {
    const [, before, word] = m;
    if (beforeNames.has(before!) || !lowercase.has(word!.toLowerCase())) continue;
    const start = m.index + before!.length + 1;
    if (flat.masked(start, start + word!.length, ['code', 'lang', 'link'])) continue;
    hits.push({ text: word!, line: flat.lineAt(start) });
  }
  return hits;
}

/** Every word of a version's blocks written in lowercase (for {@link midSentenceCapitals}). */
export function lowercaseWords(blocks: readonly TextBlock[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) for (const m of flatten(block).text.matchAll(/\b[a-z]{3,}\b/g)) words.add(m[0]);
  return words;
}
