/**
 * Text an editor wrote, gathered per block (a paragraph, a heading, a table cell, a frontmatter field) with
 * enough position information to report a line, and marks for the parts the translation checks must skip.
 */
export interface TextPiece {
  value: string;
  /** File line where the piece starts. */
  line: number;
  /**
   * `code`: inline code, MDX expressions, raw HTML; `lang`: inside an element with a `lang` attribute (text
   * deliberately in another language); `link`: the text of a link (often the title of a cited article).
   */
  mask?: 'code' | 'lang' | 'link';
}

export type BlockKind = 'body' | 'analysis-title' | 'attribution' | 'image-alt' | 'frontmatter';

export interface TextBlock {
  kind: BlockKind;
  /** For frontmatter blocks: the field, e.g. `title`, `keyPoints`, `references.title`. */
  field?: string;
  pieces: TextPiece[];
}

/** A block as one string, with its marks and a way back to file lines. */
export interface FlatText {
  text: string;
  /** Whether any character in `[start, end)` carries one of the marks. */
  masked: (start: number, end: number, marks: readonly NonNullable<TextPiece['mask']>[]) => boolean;
  lineAt: (offset: number) => number;
}

/** A piece's place in the flattened text. */
interface Span {
  at: number;
  end: number;
  piece: TextPiece;
  /** The piece's text as it appears in the flattened text (U+FFFC for code). */
  value: string;
}

/** The flattened text of one block; see {@link flatten}. */
class FlatBlock implements FlatText {
  readonly text: string;
  readonly #spans: Span[];
  /** Whether no piece carries a mark: then nothing is ever masked. */
  readonly #plain: boolean;

  constructor(pieces: readonly TextPiece[]) {
    let text = '';
    let plain = true;
    const spans: Span[] = [];
    for (const piece of pieces) {
      const value = piece.mask === 'code' ? '\uFFFC' : piece.value;
      spans.push({ at: text.length, end: text.length + value.length, piece, value });
      text += value;
      if (piece.mask) plain = false;
    }
    this.text = text;
    this.#spans = spans;
    this.#plain = plain;
  }

  masked(start: number, end: number, marks: readonly NonNullable<TextPiece['mask']>[]): boolean {
    if (this.#plain) return false;
    for (const s of this.#spans) if (s.piece.mask && s.at < end && s.end > start && marks.includes(s.piece.mask)) return true;
    return false;
  }

  lineAt(offset: number): number {
    // The last piece that starts at or before the offset (spans are in text order).
    let found = this.#spans[0];
    if (!found) return 1;
    for (const s of this.#spans) {
      if (s.at > offset) break;
      found = s;
    }
    let line = found.piece.line;
    const stop = Math.min(offset - found.at, found.value.length);
    for (let i = 0; i < stop; i++) if (found.value.charCodeAt(i) === 10) line++;
    return line;
  }
}

/**
 * Joins a block's pieces. Code pieces become a single U+FFFC so that they can neither be flagged nor glue
 * two words together. Cheap enough to call again rather than cache: nearly every block is a single piece.
 * @example flatten({ kind: 'body', pieces: [{ value: 'a ', line: 3 }, { value: 'x()', line: 3, mask: 'code' }] }).text // 'a \uFFFC'
 */
export function flatten(block: TextBlock): FlatText {
  return new FlatBlock(block.pieces);
}

/**
 * Which characters are inside quotation marks: “…”, «…», "…" (straight quotes paired in order) and, when
 * `japanese` is set, 「…」 and 『…』.
 * @example quoted('say "hi" now').slice(4, 8) // [true, true, true, true]
 */
export function quoted(text: string, japanese = false): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const pairs: Record<string, string> = { '“': '”', '«': '»', '"': '"' };
  if (japanese) Object.assign(pairs, { '「': '」', '『': '』' });
  for (let i = 0; i < text.length; i++) {
    const close = pairs[text[i]!];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    for (let j = i; j <= end; j++) inside[j] = true;
    i = end;
  }
  return inside;
}
