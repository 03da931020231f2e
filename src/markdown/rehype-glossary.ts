import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { siteGlossary, type GlossaryMatcher } from '../shared/glossary/index.ts';
import type { Locale } from '../shared/locales.ts';
import { paths } from '../shared/urls.ts';
import { fileLocale } from './file-locale.ts';
import { hasClass } from './has-class.ts';

/** Where a mention is text but never a link: inside links, headings, quote attributions, code and footnote markers. */
const NO_LINK = new Set([
  'a',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'cite',
  'sup',
  'code',
  'pre',
  'kbd',
  'samp',
  'button',
  'label',
]);
/** Not story text at all. */
const NOT_TEXT = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

export interface GlossaryOptions {
  /** The compiled glossary; by default the content tree's (`DIGEST_CONTENT_DIR`), read once per thread. */
  matcher?: GlossaryMatcher;
}

const isFootnotes = (el: Element) => el.tagName === 'section' && 'dataFootnotes' in el.properties;
/**
 * Not the story's own words: a chronology (`::timeline`) is shared data from content/timelines/, which the
 * content checks do not read as the story's text either, and a positions cell's actor label repeats its column
 * header (and is hidden on wide screens, where a link in it could not be seen).
 */
const notStoryText = (el: Element) =>
  (el.tagName === 'figure' && hasClass(el, 'timeline')) || (el.tagName === 'span' && hasClass(el, 'positions__actor'));

/**
 * Glossary mentions in a story's body:
 * - the first mention of each entry links to its entry page (`/{lang}/glossary/{id}/`, class `gloss`), where a
 *   link can go: not inside a heading, a quote's attribution, a link, code or the footnotes; a later mention is
 *   linked when the first one could not be;
 * - the ids of every entry the body mentions (anywhere but code) go to the frontmatter as `glossary`, so that
 *   pages know which stories mention an entry without reading the Markdown again (src/content/glossary.ts).
 * The mentions are found by the shared matcher (src/shared/glossary/matcher.ts), names and variants alike.
 */
export function rehypeGlossary(options: GlossaryOptions = {}) {
  return (tree: Root, file: VFile) => {
    const matcher = options.matcher ?? siteGlossary().matcher;
    const lang: Locale = fileLocale(file.path);
    const mentioned = new Set<string>();
    const linked = new Set<string>();

    const walk = (parent: Root | Element, linkable: boolean) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i] as RootContent;
        if (node.type === 'element') {
          if (NOT_TEXT.has(node.tagName) || notStoryText(node)) continue;
          walk(node, linkable && !NO_LINK.has(node.tagName) && !isFootnotes(node));
        } else if (node.type === 'text') {
          const found = matcher.find(node.value, lang);
          if (found.length === 0) continue;
          for (const m of found) mentioned.add(m.id);
          if (!linkable) continue;
          const pieces: ElementContent[] = [];
          let at = 0;
          for (const m of found) {
            if (linked.has(m.id)) continue;
            linked.add(m.id);
            if (m.start > at) pieces.push({ type: 'text', value: node.value.slice(at, m.start) });
            pieces.push({
              type: 'element',
              tagName: 'a',
              properties: { href: paths.glossaryEntry(lang, m.id), className: ['gloss'] },
              children: [{ type: 'text', value: node.value.slice(m.start, m.end) } satisfies Text],
            });
            at = m.end;
          }
          if (pieces.length === 0) continue;
          if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
          parent.children.splice(i, 1, ...(pieces as never[]));
          i += pieces.length - 1;
        } else if ('children' in node && Array.isArray((node as { children?: unknown }).children)) {
          // MDX elements (mdxJsxFlowElement…) hold story text too.
          walk(node as unknown as Element, linkable);
        }
      }
    };
    walk(tree, true);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['glossary'] = [...mentioned].sort();
  };
}
