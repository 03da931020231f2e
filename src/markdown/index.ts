// src/markdown/: the story Markdown pipeline (remark-gfm, our directives, footnotes, tables, English punctuation), run on worker threads in plain Node.
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { rehypeGlossary } from './rehype-glossary.ts';
import { rehypeStoryHtml } from './rehype-story-html.ts';
import { remarkStoryDirectives } from './remark-story-directives.ts';
import { remarkSmartypantsEnglish } from './smartypants.ts';

/**
 * The Markdown pipeline for stories, shared by the Astro config and the unit tests so both run the same
 * plugins in the same order. remark-gfm (tables, footnotes) is listed explicitly instead of the processor's
 * built-in `gfm` switch, so its options live here with the rest.
 */
export const storyMarkdown: UnifiedProcessorOptions = {
  gfm: false,
  // English only, first like the processor's own (./smartypants.ts).
  smartypants: false,
  remarkPlugins: [remarkSmartypantsEnglish, remarkGfm, remarkDirective, remarkStoryDirectives],
  // The glossary links run after rehypeStoryHtml, which gives the footnotes their final shape.
  rehypePlugins: [rehypeStoryHtml, rehypeGlossary],
};
