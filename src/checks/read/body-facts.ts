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

export interface BodyFacts {
  blocks: TextBlock[];
  /** Analysis points in order, with their lines. */
  analysis: { line: number; title: string }[];
  links: Target[];
  images: ImageRef[];
  problems: BodyProblem[];
}

export const emptyFacts = (): BodyFacts => ({ blocks: [], analysis: [], links: [], images: [], problems: [] });

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
  for (const field of shownAttributes(name)) {
    const value = attributes[field];
    if (value?.trim()) facts.blocks.push({ kind: 'attribution', field, pieces: [{ value, line }] });
  }
}
