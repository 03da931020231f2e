import { directiveProblems, shownAttributes, type DirectiveProblem } from '../../shared/directives.ts';
import type { TextBlock } from './text.ts';

// What the checks need to know about a story's body, as both body readers collect it: the MDX reader
// (./markdown.ts) and the fast scanner for .md files (./scan-markdown.ts).

/** A link or image target found in the body. */
export interface Target {
  url: string;
  line: number;
}

export interface ImageRef extends Target {
  /** Alternative text; undefined when the HTML/JSX image has no alt attribute at all. */
  alt: string | undefined;
}

/** A problem found while reading the body (see ../rules/directives.ts and ../rules/mdx.ts for the rules). */
export type BodyProblem = { line: number } & (
  | DirectiveProblem
  /** A line that looks like a directive but that the site prints as text. */
  | { kind: 'malformed-directive' }
  | { kind: 'unclosed-directive'; name: string }
  | { kind: 'mdx-syntax'; detail: string }
);

/** The structured blocks of a story (../rules/structures.ts): what their checks need to know of each. */
export type StructureFact =
  /** `::timeline{…}`, with its attributes as written. */
  | { kind: 'timeline'; line: number; attributes: Record<string, string> }
  /** `:::positions[Title]`: its table's actor columns (the header cells after the first) and issue rows. */
  | { kind: 'positions'; line: number; actors: number; issues: number }
  /** `:::figure`: how many images it holds, and whether it has words beside them (the caption). */
  | { kind: 'figure'; line: number; images: number; caption: boolean };

export interface BodyFacts {
  blocks: TextBlock[];
  /** Analysis points in order, with their lines. */
  analysis: { line: number; title: string }[];
  /** Timelines, positions and figures, in order. */
  structures: StructureFact[];
  links: Target[];
  images: ImageRef[];
  problems: BodyProblem[];
}

export const emptyFacts = (): BodyFacts => ({ blocks: [], analysis: [], structures: [], links: [], images: [], problems: [] });

/**
 * Records what the checks need of a directive's opening line, `:::name[label]{attributes}`: what is wrong with
 * it, the analysis point it starts, and the attribution text of a quote. `title` is the label's text, trimmed.
 */
export function readOpening(
  facts: BodyFacts,
  line: number,
  name: string,
  title: string,
  attributes: Readonly<Record<string, string | null | undefined>>,
) {
  for (const problem of directiveProblems(name, title, attributes)) facts.problems.push({ ...problem, line });
  if (name === 'analysis') facts.analysis.push({ line, title });
  if (name === 'timeline') {
    const plain = Object.fromEntries(Object.entries(attributes).filter((e): e is [string, string] => typeof e[1] === 'string'));
    facts.structures.push({ kind: 'timeline', line, attributes: plain });
  }
  if (name === 'positions') facts.structures.push({ kind: 'positions', line, actors: 0, issues: 0 });
  if (name === 'figure') facts.structures.push({ kind: 'figure', line, images: 0, caption: false });
  for (const field of shownAttributes(name)) {
    const value = attributes[field];
    if (value?.trim()) facts.blocks.push({ kind: 'attribution', field, pieces: [{ value, line }] });
  }
}

/**
 * Completes the structure fact a block opened (at index `mark.structures`) once its content has been read:
 * a figure's images and caption from what was collected since `mark`, a positions table's actors and issues
 * from its rows (`columns` cells in the header row, `rows` rows with it).
 */
export function closeStructure(
  facts: BodyFacts,
  mark: { images: number; blocks: number; structures: number },
  table: { columns: number; rows: number },
) {
  const fact = facts.structures[mark.structures];
  if (!fact) return;
  if (fact.kind === 'figure') {
    fact.images = facts.images.length - mark.images;
    fact.caption = facts.blocks.slice(mark.blocks).some((b) => b.kind === 'body' && b.pieces.some((p) => p.value.trim()));
  } else if (fact.kind === 'positions') {
    fact.actors = Math.max(0, table.columns - 1);
    fact.issues = Math.max(0, table.rows - 1);
  }
}
