// Limits that keep one story from hanging or crashing the checks and the build. Plain Node: the content checks
// (src/checks/) report them to the editor, and the story pipeline (src/markdown/) refuses a file over them
// even when the checks were not run.

/**
 * The largest story file, in bytes of UTF-8. The longest sample story is 14 KB; 100 KB is seven times that. A
 * larger file is almost certainly a mistake (a pasted export, a data dump) and costs every build time.
 */
export const maxStoryBytes = 100_000;

/**
 * How deeply blockquotes and lists may nest inside each other. Stories use two or three levels; the renderer's
 * plugins walk the tree recursively, and a few thousand levels exhaust the call stack.
 */
export const maxNesting = 10;

interface AnyNode {
  type: string;
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/**
 * The deepest nesting of blockquotes and lists in a Markdown syntax tree (mdast), and the line where it goes
 * past `limit` first. Walks with an explicit stack, so that a hostile tree cannot exhaust the call stack here.
 * @example nestingDepth({ type: 'root', children: [{ type: 'blockquote', children: [{ type: 'blockquote', children: [] }] }] }) // { depth: 2 }
 */
export function nestingDepth(tree: unknown, limit = maxNesting): { depth: number; line?: number } {
  let deepest = 0;
  let line: number | undefined;
  const stack: Array<[AnyNode, number]> = [[tree as AnyNode, 0]];
  while (stack.length) {
    const [node, outer] = stack.pop()!;
    const depth = node.type === 'blockquote' || node.type === 'list' ? outer + 1 : outer;
    if (depth > deepest) deepest = depth;
    if (depth > limit && line === undefined) line = node.position?.start.line;
    for (const child of node.children ?? []) stack.push([child, depth]);
  }
  return line === undefined ? { depth: deepest } : { depth: deepest, line };
}

/** The bilingual message for a file over `maxStoryBytes`. */
export function sizeMessage(bytes: number): { en: string; ja: string } {
  const kb = (n: number) => `${Math.round(n / 1000)} KB`;
  return {
    en: `This story file is ${kb(bytes)}; a story may be at most ${kb(maxStoryBytes)}. Split it into several stories, or remove pasted material.`,
    ja: `この記事ファイルは${kb(bytes)}あります。記事は${kb(maxStoryBytes)}までです。複数の記事に分けるか、貼り付けた資料を削除してください。`,
  };
}

/** The bilingual message for nesting deeper than `maxNesting`. */
export function nestingMessage(depth: number): { en: string; ja: string } {
  return {
    en: `Blockquotes and lists are nested ${depth} deep here; at most ${maxNesting} levels are allowed. Flatten the structure (a line starting with ">" or "-" inside another opens a new level).`,
    ja: `ここでは引用とリストが${depth}段に入れ子になっています。入れ子は${maxNesting}段までです。構造を浅くしてください（別の「>」や「-」の中で行頭に「>」や「-」を書くと一段深くなります）。`,
  };
}
