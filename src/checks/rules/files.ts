import type { ContentFile } from '../read/load.ts';
import { decodeText, type ByteProblem } from '../read/hygiene.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// Files and their bytes: whether a file can be read, and what is wrong with its bytes.

export const fileUnreadable = defineRule({
  id: 'file-unreadable',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The file cannot be read (broken link, permissions).', ja: 'ファイルを読み込めません（リンク切れ、権限など）。' },
  /** `reason`: the system's error code, undefined when there was nothing to read. */
  message: (reason: string | undefined) => ({
    en: `The file cannot be read (${reason ?? 'no content'}). If it is a link, point it at a real file; otherwise check its permissions.`,
    ja: `ファイルを読み込めません（${reason ?? '内容がありません'}）。リンクなら実在するファイルを指すようにし、そうでなければ権限を確かめてください。`,
  }),
});

export const fileEncoding = defineRule({
  id: 'file-encoding',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The file is not saved as UTF-8.', ja: 'ファイルがUTF-8で保存されていません。' },
  message: () => ({
    en: 'The file is not saved as UTF-8 (it may be Shift_JIS or another encoding). Open it in your editor and save it again with the "UTF-8" encoding.',
    ja: 'ファイルがUTF-8で保存されていません（Shift_JISなど別の文字コードの可能性があります）。エディターで開き、文字コード「UTF-8」を選んで保存し直してください。',
  }),
});

export const fileBom = defineRule({
  id: 'file-bom',
  severity: 'warning',
  ignorable: false,
  explain: { en: 'The file starts with a byte-order mark (BOM).', ja: 'ファイルの先頭にBOM（バイトオーダーマーク）があります。' },
  message: () => ({
    en: 'The file starts with a byte-order mark (BOM). Save it as "UTF-8" without BOM.',
    ja: 'ファイルの先頭にBOMがあります。「UTF-8（BOMなし）」で保存し直してください。',
  }),
});

export const fileCrlf = defineRule({
  id: 'file-crlf',
  severity: 'warning',
  ignorable: false,
  explain: { en: 'The file uses Windows line endings (CRLF) instead of LF.', ja: '改行コードがLFではなくCRLF（Windows形式）です。' },
  message: () => ({
    en: 'The file uses Windows line endings (CRLF). Set your editor to "LF" line endings and save it again.',
    ja: '改行コードがCRLF（Windows形式）です。エディターで改行コードを「LF」にして保存し直してください。',
  }),
});

export const fileInvisibleChar = defineRule({
  id: 'file-invisible-char',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'The text contains an invisible character (zero-width space, control character, direction mark) or a non-character such as U+FFFE.',
    ja: '目に見えない文字（ゼロ幅スペース、制御文字、方向制御文字）か、U+FFFEのような文字でない符号が含まれています。',
  },
  /** `chars`: the invisible characters of the line, in order, repeats included. */
  message: (chars: readonly string[]) => {
    const names = [...new Set(chars.map(describeChar))].join(', ');
    return {
      en: `This line contains ${chars.length} invisible character(s) (${names}), usually pasted from a web page or word processor. Delete them (retype the words around them if you cannot see where they are).`,
      ja: `この行に目に見えない文字が${chars.length}個あります（${names}）。多くはウェブページやワープロからの貼り付けで入ります。削除してください（場所が分からなければ前後の語を打ち直してください）。`,
    };
  },
});

export const fileRules = [fileUnreadable, fileEncoding, fileBom, fileCrlf, fileInvisibleChar] as const;

export type FileFinding = FindingOf<(typeof fileRules)[number]['id']>;

/**
 * Unicode name of a character we report, so that the editor can search for it in their editor.
 * @example describeChar('\u200B') // 'U+200B ZERO WIDTH SPACE'
 */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    0x0d: 'CARRIAGE RETURN',
    0xad: 'SOFT HYPHEN',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x2060: 'WORD JOINER',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  };
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return `${hex} NONCHARACTER`;
  const name = names[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'CONTROL CHARACTER' : 'INVISIBLE FORMATTING CHARACTER');
  return `${hex} ${name}`;
}

const byteFinding = (file: string, problem: ByteProblem): FileFinding => {
  switch (problem.kind) {
    case 'not-utf8':
      return fileEncoding.finding(file, problem.line);
    case 'bom':
      return fileBom.finding(file, 1);
    case 'crlf':
      return fileCrlf.finding(file, problem.line);
    case 'invisible':
      return fileInvisibleChar.finding(file, problem.line, problem.chars);
  }
};

/**
 * Reads a file's text (BOM removed), with the findings about a file that cannot be read and about its bytes.
 * The text is undefined when there is nothing more to check.
 * @example readFileText({ path: 'x.md', bytes: new TextEncoder().encode('a\r\nb') }).findings[0].rule // 'file-crlf'
 */
export function readFileText(file: ContentFile): { text: string | undefined; findings: FileFinding[] } {
  let bytes = file.bytes;
  let readError = file.readError;
  if (!bytes && readError === undefined && file.read) {
    try {
      bytes = file.read();
    } catch (error) {
      readError = (error as { code?: string }).code ?? String(error);
    }
  }
  if (readError !== undefined || !bytes) return { text: undefined, findings: [fileUnreadable.finding(file.path, 1, readError)] };
  const decoded = decodeText(bytes);
  return { text: decoded.text, findings: decoded.problems.map((p) => byteFinding(file.path, p)) };
}
