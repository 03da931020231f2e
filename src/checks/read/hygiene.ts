import { lineIndex } from './lines.ts';

/** What can be wrong with a file's bytes, and where (see ../rules/files.ts for the rules and their messages). */
export type ByteProblem =
  | { kind: 'not-utf8'; line: number }
  | { kind: 'bom' }
  | { kind: 'crlf'; line: number }
  /** The invisible characters of one line, in order, repeats included. */
  | { kind: 'invisible'; line: number; chars: string[] };

/** The result of reading a file's bytes as text: the text (BOM removed) and what was wrong with the bytes. */
export interface DecodedText {
  /** The text, or undefined when the bytes are not UTF-8 (nothing else can be checked then). */
  text: string | undefined;
  problems: ByteProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Unicode's non-characters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF,
 * U+1FFFE…): never text, and not allowed in XML, so one in a title makes the story's feed unreadable.
 */
const nonCharacters =
  '\\uFDD0-\\uFDEF\\uFFFE\\uFFFF' + Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('');

/**
 * Characters nobody types on purpose in a news story and that a reader cannot see: C0/C1 control characters
 * (tab, LF and CR excepted), zero-width characters, soft hyphens, direction marks and bidi overrides, a
 * byte-order mark in the middle of a file, and non-characters. A zero-width joiner between emoji (👩‍💻) is
 * legitimate and allowed.
 */
const invisible = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF${nonCharacters}]|\\r(?!\\n)`,
  'gu',
);
const pictographic = /\p{Extended_Pictographic}/u;

/**
 * The text without the characters `decodeText` reports as invisible, so that the rest of a file can be checked
 * as the editor will have it once they are deleted (the YAML parser refuses some of them outright).
 * @example withoutInvisible('Talks\uFFFE') // 'Talks'
 */
export const withoutInvisible = (text: string): string => text.replace(invisible, (ch) => (ch === '\r' ? '\n' : ''));

/**
 * Decodes a file's bytes and finds byte-level problems: not UTF-8, a byte-order mark, CRLF line endings,
 * invisible characters (one problem per line that has them).
 *
 * @example decodeText(new TextEncoder().encode('a\r\nb')).problems // [{ kind: 'crlf', line: 1 }]
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const problems: ByteProblem[] = [];
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
    problems.push({ kind: 'not-utf8', line });
    return { text: undefined, problems };
  }

  // TextDecoder drops a leading BOM by itself, so look at the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    problems.push({ kind: 'bom' });
  }

  // The line index is built only for a file that has something to report: most have nothing.
  let lines: ((offset: number) => number) | undefined;
  const lineAt = (offset: number) => (lines ??= lineIndex(text))(offset);
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) problems.push({ kind: 'crlf', line: lineAt(crlf) });

  const perLine = new Map<number, string[]>();
  invisible.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = invisible.exec(text))) {
    const ch = match[0];
    const at = match.index;
    if (ch === '\u200D' && pictographic.test(text.slice(Math.max(0, at - 2), at)) && pictographic.test(text.slice(at + 1, at + 3))) continue;
    const line = lineAt(at);
    const list = perLine.get(line) ?? [];
    list.push(ch);
    perLine.set(line, list);
  }
  for (const [line, chars] of perLine) problems.push({ kind: 'invisible', line, chars });
  return { text, problems };
}
