import { lineIndex } from './lines.ts';
import type { Finding } from '../rules/index.ts';

/** The result of reading a file's bytes as text: the text (BOM removed) and what was wrong with the bytes. */
export interface DecodedText {
  /** The text, or undefined when the bytes are not UTF-8 (nothing else can be checked then). */
  text: string | undefined;
  findings: Finding[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');


/**
 * Characters nobody types on purpose in a news story and that a reader cannot see: C0/C1 control characters
 * (tab, LF and CR excepted), zero-width characters, soft hyphens, direction marks and bidi overrides, and a
 * byte-order mark in the middle of a file. A zero-width joiner between emoji (👩‍💻) is legitimate and allowed.
 */
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\r(?!\n)/gu;
const pictographic = /\p{Extended_Pictographic}/u;

/** Unicode name of the characters we report, so that the editor can search for them in their editor. */
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
  const name = names[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'CONTROL CHARACTER' : 'INVISIBLE FORMATTING CHARACTER');
  return `${hex} ${name}`;
}

/**
 * Decodes a file's bytes and reports byte-level problems: not UTF-8, a byte-order mark, CRLF line endings,
 * invisible characters (one finding per line that has them).
 *
 * @example decodeText(new TextEncoder().encode('a\r\nb'), 'x.md').findings[0].rule // 'file-crlf'
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const findings: Finding[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Locate the first bad byte: the longest prefix that decodes is the text before it.
    let good = 0;
    while (good < bytes.length) {
      const width = bytes[good]! < 0x80 ? 1 : bytes[good]! >= 0xf0 ? 4 : bytes[good]! >= 0xe0 ? 3 : 2;
      try {
        utf8.decode(bytes.subarray(good, good + width));
        good += width;
      } catch {
        break;
      }
    }
    const before = lenientUtf8.decode(bytes.subarray(0, good));
    const line = lineIndex(before)(before.length);
    findings.push({
      rule: 'file-encoding',
      severity: 'error',
      file,
      line,
      message: {
        en: 'The file is not saved as UTF-8 (it may be Shift_JIS or another encoding). Open it in your editor and save it again with the "UTF-8" encoding.',
        ja: 'ファイルがUTF-8で保存されていません（Shift_JISなど別の文字コードの可能性があります）。エディターで開き、文字コード「UTF-8」を選んで保存し直してください。',
      },
    });
    return { text: undefined, findings };
  }

  // TextDecoder drops a leading BOM by itself, so look at the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    findings.push({
      rule: 'file-bom',
      severity: 'warning',
      file,
      line: 1,
      message: {
        en: 'The file starts with a byte-order mark (BOM). Save it as "UTF-8" without BOM.',
        ja: 'ファイルの先頭にBOMがあります。「UTF-8（BOMなし）」で保存し直してください。',
      },
    });
  }

  // The line index is built only for a file that has something to report: most have nothing.
  let lines: ((offset: number) => number) | undefined;
  const lineAt = (offset: number) => (lines ??= lineIndex(text))(offset);
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    findings.push({
      rule: 'file-crlf',
      severity: 'warning',
      file,
      line: lineAt(crlf),
      message: {
        en: 'The file uses Windows line endings (CRLF). Set your editor to "LF" line endings and save it again.',
        ja: '改行コードがCRLF（Windows形式）です。エディターで改行コードを「LF」にして保存し直してください。',
      },
    });
  }

  const perLine = new Map<number, string[]>();
  invisible.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = invisible.exec(text))) {
    const ch = match[0];
    const at = match.index;
    if (ch === '\u200D' && pictographic.test(text.slice(Math.max(0, at - 2), at)) && pictographic.test(text.slice(at + 1, at + 3))) continue;
    const line = lineAt(at);
    const list = perLine.get(line) ?? [];
    list.push(describeChar(ch));
    perLine.set(line, list);
  }
  for (const [line, chars] of perLine) {
    const names = [...new Set(chars)].join(', ');
    findings.push({
      rule: 'file-invisible-char',
      severity: 'error',
      file,
      line,
      message: {
        en: `This line contains ${chars.length} invisible character(s) (${names}), usually pasted from a web page or word processor. Delete them (retype the words around them if you cannot see where they are).`,
        ja: `この行に目に見えない文字が${chars.length}個あります（${names}）。多くはウェブページやワープロからの貼り付けで入ります。削除してください（場所が分からなければ前後の語を打ち直してください）。`,
      },
    });
  }
  return { text, findings };
}
