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

/**
 * Joins a block's pieces. Code pieces become a single U+FFFC so that they can neither be flagged nor glue
 * two words together.
 * @example flatten({ kind: 'body', pieces: [{ value: 'a ', line: 3 }, { value: 'x()', line: 3, mask: 'code' }] }).text // 'a \uFFFC'
 */
export function flatten(block: TextBlock): FlatText {
  const cached = flatCache.get(block);
  if (cached) return cached;
  let text = '';
  const spans: { at: number; end: number; piece: TextPiece; value: string }[] = [];
  for (const piece of block.pieces) {
    const value = piece.mask === 'code' ? '\uFFFC' : piece.value;
    spans.push({ at: text.length, end: text.length + value.length, piece, value });
    text += value;
  }
  const plain = spans.every((s) => !s.piece.mask);
  const flat: FlatText = {
    text,
    masked: (start, end, marks) =>
      !plain && spans.some((s) => s.piece.mask && s.at < end && s.end > start && marks.includes(s.piece.mask)),
    lineAt: (offset) => {
      let found = spans[0];
      for (const s of spans) if (s.at <= offset) found = s;
      if (!found) return 1;
      const within = found.value.slice(0, offset - found.at);
      return found.piece.line + (within.match(/\n/g)?.length ?? 0);
    },
  };
  flatCache.set(block, flat);
  return flat;
}

// Several checks read the same block; flatten it once.
const flatCache = new WeakMap<TextBlock, FlatText>();

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
