// src/markdown/: the story Markdown pipeline (remark-gfm, our directives, footnotes, tables, English punctuation), run on worker threads in plain Node.
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { remarkMdxNoCode } from './remark-mdx-no-code.ts';
import { remarkStoryLimits } from './remark-story-limits.ts';
import { rehypeSanitizeStory } from './rehype-sanitize-story.ts';
import { rehypeGlossary } from './rehype-glossary.ts';
import { rehypeNoBreak } from './rehype-no-break.ts';
import { rehypeSearchIgnore } from './rehype-search-ignore.ts';
import { rehypeStoryHtml } from './rehype-story-html.ts';
import { remarkStoryDirectives } from './remark-story-directives.ts';
import { remarkSmartypantsEnglish } from './smartypants.ts';

/**
 * The Markdown pipeline for stories, shared by the Astro config and the unit tests so both run the same
 * plugins in the same order. remark-gfm (tables, footnotes) is listed explicitly instead of the processor's
 * built-in `gfm` switch, so its options live here with the rest. @astrojs/mdx takes the same remark and rehype
 * plugins from this processor (`markdown.processor` in astro.config.mjs), so `.mdx` stories go through them too.
 */
export const storyMarkdown: UnifiedProcessorOptions = {
  gfm: false,
  // English only, first like the processor's own (./smartypants.ts).
  smartypants: false,
  // The guards first, before any plugin looks at a tree that holds code (./remark-mdx-no-code.ts) or is too
  // deep to walk (./remark-story-limits.ts).
  remarkPlugins: [remarkStoryLimits, remarkMdxNoCode, remarkSmartypantsEnglish, remarkGfm, remarkDirective, remarkStoryDirectives],
  // The sanitiser judges what the plugins before it emitted and parses the editors' raw HTML
  // (./rehype-sanitize-story.ts); the glossary links come after it, so that they see that HTML as elements
  // (no link inside <abbr>), and they are built only from our own glossary. The no-break spans come last, on
  // text nothing else will match again (./rehype-no-break.ts). The search index skips the interface labels
  // (./rehype-search-ignore.ts), marked after the sanitiser, which lets no editor write that attribute.
  rehypePlugins: [rehypeStoryHtml, rehypeSanitizeStory, rehypeGlossary, rehypeNoBreak, rehypeSearchIgnore],
};
