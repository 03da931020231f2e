import type { MarkdownHeading } from 'astro';

/** A story gets a table of contents from this many `##` sections on; shorter ones are read at a glance. */
export const TOC_MIN_SECTIONS = 4;

// Headings the pipeline adds, not the editor's sections: the footnotes and the analysis points (listed near the top already).
const generated = (slug: string) => slug === 'footnote-label' || /^analysis-\d+-title$/.test(slug);

/**
 * The sections a story's table of contents lists: its `##` headings, when there are at least four.
 * @example tocSections([{ depth: 2, slug: 'a', text: 'A' }]) // [] (one section needs no table)
 */
export function tocSections(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  const sections = headings.filter((h) => h.depth === 2 && !generated(h.slug));
  return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}
