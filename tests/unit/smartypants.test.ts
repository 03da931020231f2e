import { unified } from '@astrojs/markdown-remark';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkSmartypants from 'remark-smartypants';
import { unified as unifiedProcessor } from 'unified';
import type { VFile } from 'vfile';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../tooling/generate';
import { storyBodies } from '../helpers/fixture';
import { storyMarkdown } from '../../src/markdown';
import { remarkSmartypantsEnglish } from '../../src/markdown/smartypants';
import { remarkStoryDirectives, type StoryDirectiveOptions } from '../../src/markdown/remark-story-directives';
import { siteTimelines } from '../../src/shared/timelines';

// Our English-only SmartyPants skips the text it cannot change; remark-smartypants (the plugin Astro's unified
// processor uses) runs on everything. The output must not differ: this renders the same stories through the
// whole story pipeline with each of the two and compares the HTML.
function referenceSmartypants() {
  const reference = unifiedProcessor().use(remarkSmartypants);
  return (tree: Root, file: VFile) => {
    if (file.path.endsWith('/en.md') || file.path.endsWith('/en.mdx')) reference.runSync(tree, file);
  };
}
/** Both pipelines, with the chronologies a content folder's `::timeline` lines read. */
async function renderers(contentDir = 'content') {
  const timelines = siteTimelines(contentDir);
  const plugins = storyMarkdown.remarkPlugins!.map((p) =>
    p === remarkStoryDirectives ? ([remarkStoryDirectives, { timelines }] as [typeof remarkStoryDirectives, StoryDirectiveOptions]) : p,
  );
  return {
    ours: await unified({ ...storyMarkdown, remarkPlugins: plugins }).createRenderer({}),
    reference: await unified({
      ...storyMarkdown,
      remarkPlugins: plugins.map((p) => (p === remarkSmartypantsEnglish ? referenceSmartypants : p)),
    }).createRenderer({}),
  };
}
const sample = await renderers();

async function renderBoth(markdown: string, lang = 'en', { ours, reference } = sample) {
  const options = { fileURL: pathToFileURL(`/site/content/articles/story/${lang}.md`), frontmatter: {} };
  const [a, b] = await Promise.all([ours.render(markdown, options), reference.render(markdown, options)]);
  return { ours: a.code, reference: b.code };
}

/** The Markdown body of every English version under a content folder. */
const englishBodies = (dir: string): [string, string][] =>
  storyBodies(dir)
    .filter((s) => s.lang === 'en')
    .map((s) => [s.path, s.body]);

describe('English smart punctuation', () => {
  it('curls quotes and apostrophes, also across bold and links, and makes dashes and ellipses', async () => {
    const { ours: code } = await renderBoth(
      `"**Talks** resume," he said -- it's the '90s... or 'so' they "say". See [the "deal"](https://example.com).`,
    );
    expect(code).toContain('“<strong>Talks</strong> resume,” he said — it’s the ’90s… or ‘so’ they “say”.');
    expect(code).toContain('<a href="https://example.com">the “deal”</a>');
  });

  it('leaves Japanese stories and inline code alone', async () => {
    const { ours: ja } = await renderBoth('「合意」 "quoted" -- text...', 'ja');
    expect(ja).toContain('「合意」 "quoted" -- text...');
    const { ours: code } = await renderBoth('Type `"x" -- y...` exactly.');
    expect(code).toContain('<code>"x" -- y...</code>');
  });

  const tricky = [
    `"'Quoted' words in a larger quote," she said.`,
    `The '80s, rock 'n' roll, and the 1990s' end.`,
    `A heading with "quotes"\n\n## "Why now?" and 'why here'\n\nText "after".`,
    `| Side | Said |\n| --- | --- |\n| Kyiv | "No," and -- later -- 'maybe' |\n| Moscow | . . . nothing |\n`,
    `\`\`Backtick quotes'' and an em--dash, with three... dots and spaced . . . dots.`,
    `He said "\`code\`" and *"emphasis"* then "[link](https://example.com)".`,
    `A footnote.[^1]\n\n[^1]: "Reported" by the 'desk' -- on 3 May.`,
    `> "Quoted block," he said.\n>\n> - "List item" -- one\n> - 'Two'`,
    `:::analysis["Quoted" title]\nBody with "quotes" -- and it's fine.\n:::\n`,
    `:::quote{speaker="A. Person" source="Paper"}\n"We won't," she said.\n:::\n`,
    `Ends with a quote: "done."`,
    `"`,
    `'Tis the season; don't 'quote' me.`,
  ];
  it.each(tricky)('matches remark-smartypants on %j', async (markdown) => {
    const { ours: a, reference: b } = await renderBoth(markdown);
    expect(a).toBe(b);
  });

  it('matches remark-smartypants on every English sample story and test fixture', async () => {
    const fixture = 'tests/fixtures/basic/content';
    const bodies = [...englishBodies('content'), ...englishBodies(fixture)];
    expect(bodies.length).toBeGreaterThan(10);
    const fixtureRenderers = await renderers(fixture);
    for (const [path, body] of bodies) {
      const { ours: a, reference: b } = await renderBoth(body, 'en', path.startsWith(fixture) ? fixtureRenderers : sample);
      expect(a, path).toBe(b);
    }
  });

  const generated = mkdtempSync(join(tmpdir(), 'digest-smartypants-'));
  afterAll(() => rmSync(generated, { recursive: true, force: true }));
  it('matches remark-smartypants on 120 generated benchmark stories', async () => {
    generateContent(generated, { pairs: 120, seed: 7 });
    const bodies = englishBodies(generated);
    expect(bodies).toHaveLength(120);
    expect(bodies.some(([, body]) => /\w'\w/.test(body))).toBe(true);
    for (const [path, body] of bodies) {
      const { ours: a, reference: b } = await renderBoth(body);
      expect(a, path).toBe(b);
    }
  });
});
