import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { maxStoryBytes, nestingDepth, nestingMessage, sizeMessage } from '../shared/story-limits.ts';

/**
 * Refuses a story the later plugins could not survive, right after parsing: blockquotes or lists nested
 * deeper than `maxNesting` (they walk the tree recursively, and a few thousand levels overflow the call stack),
 * or a file over `maxStoryBytes`. The content checks report the same first; this holds when they did not run.
 * The error names the file and line and carries no stack trace.
 */
export function remarkStoryLimits() {
  return (tree: Root, file: VFile) => {
    const bytes = Buffer.byteLength(String(file.value));
    if (bytes > maxStoryBytes) throw storyError(file.path, 1, sizeMessage(bytes));
    const { depth, line } = nestingDepth(tree);
    if (line !== undefined) throw storyError(file.path, fileLine(file.path, String(file.value), line), nestingMessage(depth));
  };
}

/**
 * A line of the text being rendered as a line of the file: Astro renders a `.md` story's body without its
 * frontmatter, so line 1 of the body is the line after the closing `---`. (`.mdx` keeps its lines.) Reads the
 * file only when there is an error to report.
 */
export function fileLine(path: string | undefined, body: string, line: number): number {
  if (!path) return line;
  try {
    const whole = readFileSync(path, 'utf8');
    const at = body.length > 0 ? whole.indexOf(body) : -1;
    return at > 0 ? whole.slice(0, at).split('\n').length - 1 + line : line;
  } catch {
    return line;
  }
}

/** An error for an editor: `file:line`, English and Japanese, and no stack trace to scare them. */
export function storyError(path: string | undefined, line: number, message: { en: string; ja: string }): Error {
  const error = new Error(`${path ?? 'story'}:${line}\n  ${message.en}\n  ${message.ja}`);
  error.name = 'StoryError';
  error.stack = `${error.name}: ${error.message}`;
  Object.assign(error, { line, column: 1, file: path });
  return error;
}
