// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
// The story directives editors write in Markdown, defined once for the renderer
// (src/markdown/remark-story-directives.ts) and the content checks (src/checks/read/). Plain Node.

/** One attribute of a directive, `:::name{key="value"}`. */
export interface AttributeSpec {
  /** It must be there and not blank. */
  required?: true;
  /** Its value is shown on the page as text (so the translation checks read it). */
  shown?: true;
  /** What its value must look like. */
  pattern?: RegExp;
}

/** How one directive is written. */
export interface DirectiveSpec {
  /** Written on one line, `::name{…}`, with no content (a leaf directive); otherwise a `:::name … :::` block. */
  leaf?: true;
  /** The label, `:::name[Title]`, is the block's title and must not be empty. */
  titled?: true;
  /** The attributes the site reads; any other is a mistake. Unset: the directive's attributes are not read. */
  attributes?: Readonly<Record<string, AttributeSpec>>;
}

/** A timeline date: a year, a month or a day (src/shared/timelines.ts). */
const timelineDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A web address a reader can follow: http(s), a host name with a dot, no spaces. */
const webAddress = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** The directives editors may use. Anything else in `:::name` form is a mistake. */
export const storyDirectives = {
  /** `:::analysis[Title] … :::`: a numbered analysis point. */
  analysis: { titled: true },
  /** `:::quote{speaker="…" role="…" source="…" url="…"} … :::`: a quotation, who said it and where. */
  quote: {
    attributes: {
      speaker: { required: true, shown: true },
      role: { shown: true },
      source: { shown: true },
      url: { pattern: webAddress },
    },
  },
  /** `:::positions[Title]` around a table: header row the actors, first column the issues. */
  positions: { titled: true, attributes: {} },
  /** `:::figure{credit="…"}` around one image and its caption. */
  figure: { attributes: { credit: { shown: true } } },
  /** `::timeline{topic="…" from="…" to="…" actors="…"}`: a slice of `content/timelines/{topic}.yaml`. */
  timeline: {
    leaf: true,
    attributes: {
      topic: { required: true },
      from: { pattern: timelineDate },
      to: { pattern: timelineDate },
      actors: { pattern: /^\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\s*$/ },
    },
  },
} as const satisfies Record<string, DirectiveSpec>;

export type DirectiveName = keyof typeof storyDirectives;

/** @example isStoryDirective('quote') // true */
export function isStoryDirective(name: string): name is DirectiveName {
  return Object.hasOwn(storyDirectives, name);
}

const specOf = (name: DirectiveName): DirectiveSpec => storyDirectives[name];

/**
 * Whether a name is a one-line directive, `::name{…}`; any other `::name` line is text the site prints as written.
 * @example isLeafDirective('timeline') // true
 * @example isLeafDirective('quote') // false
 */
export function isLeafDirective(name: string): boolean {
  return isStoryDirective(name) && specOf(name).leaf === true;
}

/**
 * Whether a name is a `:::name … :::` block the site knows.
 * @example isBlockDirective('figure') // true
 */
export function isBlockDirective(name: string): boolean {
  return isStoryDirective(name) && specOf(name).leaf !== true;
}

/**
 * The attributes of a directive whose values are shown on the page as text, in order.
 * @example shownAttributes('quote') // ['speaker', 'role', 'source']
 */
export function shownAttributes(name: string): string[] {
  if (!isStoryDirective(name)) return [];
  return Object.entries(specOf(name).attributes ?? {})
    .filter(([, spec]) => spec.shown)
    .map(([key]) => key);
}

/** What can be wrong with the opening line of a directive, `:::name[label]{attributes}`. */
export type DirectiveProblem =
  | { kind: 'unknown-directive'; name: string }
  | { kind: 'missing-title'; name: DirectiveName }
  | { kind: 'missing-attribute'; name: DirectiveName; attribute: string }
  | { kind: 'unknown-attribute'; name: DirectiveName; attribute: string }
  | { kind: 'bad-attribute'; name: DirectiveName; attribute: string; value: string };

/**
 * Checks the opening of a directive against its definition: the name, the title (the label's text, trimmed;
 * empty when there is none) and the attributes as remark-directive reads them. Missing attributes come first,
 * then unknown ones in the order written, then values of the wrong form.
 * @example directiveProblems('quote', '', { source: 'AP' }) // [{ kind: 'missing-attribute', name: 'quote', attribute: 'speaker' }]
 */
export function directiveProblems(name: string, title: string, attributes: Readonly<Record<string, string | null | undefined>>): DirectiveProblem[] {
  if (!isStoryDirective(name)) return [{ kind: 'unknown-directive', name }];
  const spec = specOf(name);
  const problems: DirectiveProblem[] = [];
  if (spec.titled && !title) problems.push({ kind: 'missing-title', name });
  const known = spec.attributes;
  if (!known) return problems;
  const specs = Object.entries(known);
  for (const [attribute, { required }] of specs) {
    if (required && !attributes[attribute]?.trim()) problems.push({ kind: 'missing-attribute', name, attribute });
  }
  for (const attribute of Object.keys(attributes)) {
    if (!Object.hasOwn(known, attribute)) problems.push({ kind: 'unknown-attribute', name, attribute });
  }
  for (const [attribute, { pattern }] of specs) {
    const value = attributes[attribute];
    if (pattern && value !== undefined && value !== null && !pattern.test(value)) problems.push({ kind: 'bad-attribute', name, attribute, value });
  }
  return problems;
}
