/**
 * Where a story's frontmatter is. Mirrors Astro's own rule (`@astrojs/internal-helpers/frontmatter`): a block
 * between `---` lines at the very start of the file (blank lines before it are allowed).
 */
export interface FrontmatterSplit {
  /** The YAML text between the `---` lines (starting with the rest of the opening line), or undefined if none. */
  yaml: string | undefined;
  /** File line of the opening `---` (1 when there is no frontmatter). */
  startLine: number;
  /** The Markdown body with the frontmatter blanked out, newlines kept, so that body lines are file lines. */
  body: string;
}

const frontmatterRE = /(?:^|^\s*\n)---([\s\S]*?\n)---/;

/**
 * @example splitFrontmatter('---\ntitle: a\n---\n\nText').startLine // 1
 * @example splitFrontmatter('Text only').yaml // undefined
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const match = frontmatterRE.exec(text);
  if (!match) return { yaml: undefined, startLine: 1, body: text };
  const openAt = match.index + match[0].indexOf('---');
  const end = match.index + match[0].length;
  const before = text.slice(0, openAt);
  const startLine = before.split('\n').length;
  // The frontmatter's newlines, so that body lines stay file lines.
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) newlines++;
  return { yaml: match[1], startLine, body: '\n'.repeat(newlines) + text.slice(end) };
}
