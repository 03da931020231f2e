import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
// Brings in the `hName`/`hProperties` fields that mdast-util-to-hast reads from `node.data`.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { directiveFinding } from '../checks/rules/directives.ts';
import { timelineRange } from '../checks/rules/structures.ts';
import { directiveProblems, isLeafDirective, type DirectiveProblem } from '../shared/directives.ts';
import { afterLabel, analysisLabel, useTranslations } from '../shared/i18n/index.ts';
import { contentDir } from '../shared/build-dirs.ts';
import { sliceCaption, timelineHtml } from '../shared/timeline-html.ts';
import { actorList, siteTimelines, sliceProblems, sliceTimeline, type Timeline } from '../shared/timelines.ts';
import { fileLocale } from './file-locale.ts';

/** What the story page needs to list the analysis points near the top. */
export interface AnalysisPointRef {
  /** 1-based position in the story. */
  number: number;
  /** Anchor id of the block, e.g. `analysis-2`. */
  id: string;
  /** Localised label, e.g. `解説ポイント②` or `Analysis Point 2`. */
  label: string;
  /** The editor's title for the point. */
  title: string;
}

const span = (className: string, children: PhrasingContent[]): PhrasingContent => ({
  // `emphasis` is only a carrier: hName turns it into a <span> in HTML.
  type: 'emphasis',
  data: { hName: 'span', hProperties: { className: [className] } },
  children,
});

function takeLabel(node: ContainerDirective): Paragraph | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data && first.data.directiveLabel) {
    node.children.shift();
    return first;
  }
  return undefined;
}

/**
 * The problems that stop a block from being rendered: an unknown directive, a missing title or a missing
 * required attribute. Unknown attributes and a url of the wrong form still render; the content checks report them.
 */
const stopsRendering = (problem: DirectiveProblem) =>
  problem.kind === 'unknown-directive' || problem.kind === 'missing-title' || problem.kind === 'missing-attribute';

/** Fails the file, with the content checks' message, if the directive cannot be rendered (see src/shared/directives.ts). */
function refuseBroken(file: VFile, node: ContainerDirective | LeafDirective, title: string) {
  const problem = directiveProblems(node.name, title, node.attributes ?? {}).find(stopsRendering);
  if (!problem) return;
  const finding = directiveFinding(file.path, node.position?.start.line ?? 1, problem);
  file.fail(finding.message.en, node, `story-directives:${finding.rule}`);
}

function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/**
 * Turns the story directives (src/shared/directives.ts) into HTML and restores accidental ones:
 *
 * - `:::analysis[Title] … :::` becomes a numbered, titled `<section class="analysis-point" id="analysis-N">`;
 *   the list of points goes to `remarkPluginFrontmatter.analysisPoints` for the table near the top.
 * - `:::quote{speaker="…" role="…" source="…" url="…"} … :::` becomes
 *   `<figure class="quote"><blockquote>…</blockquote><figcaption>speaker, role, <cite>source</cite></figcaption></figure>`.
 * - A text directive such as `:30` in `Note:30` is not meant as markup: it is put back as the text it was.
 */
export interface StoryDirectiveOptions {
  /** The chronologies `::timeline` reads; by default the content tree's (`DIGEST_CONTENT_DIR`), read once per thread. */
  timelines?: ReadonlyMap<string, Timeline>;
}

export function remarkStoryDirectives(options: StoryDirectiveOptions = {}) {
  return (tree: Root, file: VFile) => {
    const lang = fileLocale(file.path);
    const t = useTranslations(lang);
    const points: AnalysisPointRef[] = [];
    const source = String(file.value);

    visit(tree, (node, index, parent) => {
      if (node.type === 'leafDirective' && isLeafDirective(node.name)) {
        refuseBroken(file, node, '');
        const timelines = options.timelines ?? siteTimelines(contentDir);
        const attributes = node.attributes ?? {};
        const problem = sliceProblems(timelines, attributes)[0];
        if (problem)
          file.fail(timelineRange.finding(file.path, node.position?.start.line ?? 1, problem).message.en, node, 'story-directives:timeline-range');
        const { topic, from, to, actors } = attributes;
        const slice = sliceTimeline(timelines.get((topic ?? '').trim())!, {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          actors: actorList(actors),
        });
        const html = timelineHtml(slice, { lang, caption: sliceCaption(slice, lang), fullLink: true });
        node.data = { hName: html.tagName, hProperties: html.properties, hChildren: html.children };
        node.children = [];
        return SKIP;
      }
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        // remark-directive reads "word:word" as a directive; give the editor back exactly what they typed.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (parent && index !== undefined && start !== undefined && end !== undefined) {
          const value = source.slice(start, end);
          const replacement: RootContent =
            node.type === 'leafDirective' ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'text', value };
          parent.children.splice(index, 1, replacement as never);
          return SKIP;
        }
        return undefined;
      }
      if (node.type !== 'containerDirective') return undefined;

      if (node.name === 'analysis') {
        const label = takeLabel(node);
        const title = label ? toString(label).trim() : '';
        refuseBroken(file, node, title);
        const number = points.length + 1;
        const id = `analysis-${number}`;
        const ref: AnalysisPointRef = { number, id, label: analysisLabel(number, lang), title };
        points.push(ref);
        node.data = {
          hName: 'section',
          hProperties: { className: ['analysis-point'], id, 'aria-labelledby': `${id}-title` },
        };
        node.children.unshift({
          type: 'heading',
          depth: 2,
          data: { hProperties: { id: `${id}-title`, className: ['analysis-point__heading'] } },
          children: [span('analysis-point__label', [{ type: 'text', value: ref.label }]), span('analysis-point__title', label?.children ?? [])],
        });
        return undefined;
      }

      if (node.name === 'quote') {
        refuseBroken(file, node, '');
        const { speaker, role, source: origin, url } = node.attributes ?? {};
        const quote = node.children;
        const caption: PhrasingContent[] = [span('quote__speaker', [{ type: 'text', value: speaker ?? '' }])];
        if (role?.trim()) caption.push(span('quote__role', [{ type: 'text', value: role }]));
        if (origin?.trim()) {
          const sourceText: PhrasingContent = url
            ? { type: 'link', url, children: [{ type: 'text', value: origin }] }
            : { type: 'text', value: origin };
          caption.push(
            span('quote__source', [
              span('quote__source-label', [{ type: 'text', value: t('quote.source') }]),
              { type: 'emphasis', data: { hName: 'cite' }, children: [sourceText] },
            ]),
          );
        }
        node.data = { hName: 'figure', hProperties: { className: ['quote'] } };
        node.children = [
          {
            type: 'blockquote',
            data: url ? { hProperties: { cite: url } } : {},
            children: quote,
          },
          // Spaces between the parts: the caption is a flex row, where they do not show, but the search index
          // reads its text, which would otherwise run the speaker, role and source together.
          {
            type: 'paragraph',
            data: { hName: 'figcaption' },
            children: caption.flatMap((part, i) => (i ? [{ type: 'text', value: ' ' }, part] : [part])),
          },
        ] as ContainerDirective['children'];
        return undefined;
      }

      if (node.name === 'positions') {
        // The table keeps its Markdown form here; ./rehype-story-html.ts gives it the title as its caption,
        // row headers and the actor labels the phone layout shows in each cell.
        const label = takeLabel(node);
        refuseBroken(file, node, label ? toString(label).trim() : '');
        node.data = { hName: 'div', hProperties: { className: ['positions'] } };
        if (label) node.children.unshift({ type: 'paragraph', data: { hProperties: { className: ['positions__title'] } }, children: label.children });
        return undefined;
      }

      if (node.name === 'figure') {
        refuseBroken(file, node, '');
        const credit = node.attributes?.['credit']?.trim();
        // The image leaves its paragraph (a <figure> holds it directly); any words beside it join the caption.
        const images: RootContent[] = [];
        const caption: PhrasingContent[] = [];
        for (const child of node.children) {
          if (child.type !== 'paragraph') continue;
          const words = child.children.filter((c) => c.type !== 'image');
          images.push(...child.children.filter((c) => c.type === 'image'));
          if (!words.some((c) => c.type !== 'text' || c.value.trim())) continue;
          // The line break that followed the image starts the caption's text: it goes with the image.
          const [first] = words;
          if (first?.type === 'text') first.value = first.value.trimStart();
          caption.push(...(caption.length ? [{ type: 'text', value: ' ' } as const] : []), ...words);
        }
        if (credit) {
          caption.push(
            ...(caption.length ? [{ type: 'text', value: ' ' } as const] : []),
            span('figure__credit', [
              span('figure__credit-label', [{ type: 'text', value: t('figure.source') }]),
              { type: 'text', value: afterLabel(t('figure.source'), credit) },
            ]),
          );
        }
        node.data = { hName: 'figure', hProperties: { className: ['figure'] } };
        node.children = [
          ...images,
          ...(caption.length
            ? [{ type: 'paragraph', data: { hName: 'figcaption', hProperties: { className: ['figure__caption'] } }, children: caption }]
            : []),
        ] as ContainerDirective['children'];
        return undefined;
      }

      refuseBroken(file, node, '');
      return undefined;
    });

    frontmatterOf(file)['analysisPoints'] = points;
  };
}
