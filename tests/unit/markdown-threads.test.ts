import { unified } from '@astrojs/markdown-remark';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../src/markdown';
import { markdownThreads, storyProcessor } from '../../src/markdown/render-threads';
import { renderCodeDigest } from '../../src/markdown/render-digest';
import { glossaryDigest } from '../../src/shared/glossary/entries';
import { timelineDigest } from '../../src/shared/timelines';
import { contentDir } from '../../src/shared/build-dirs';
import { hasRawNode } from '../../src/markdown/rehype-raw-when-needed';
import { generateContent } from '../../tooling/generate';
import { storyBodies } from '../helpers/fixture';

describe('markdownThreads', () => {
  it('uses one thread per core, up to four, and Astro’s own thread on one core', () => {
    expect(markdownThreads(undefined, 2)).toBe(2);
    expect(markdownThreads(undefined, 1)).toBe(0);
    expect(markdownThreads('', 8)).toBe(4);
  });

  it('follows DIGEST_MARKDOWN_THREADS, and says what it expects when the value is wrong', () => {
    expect(markdownThreads('0', 8)).toBe(0);
    expect(markdownThreads('3', 2)).toBe(3);
    expect(() => markdownThreads('two', 2)).toThrow(
      'DIGEST_MARKDOWN_THREADS must be a whole number (0 renders Markdown without worker threads), not "two".',
    );
  });
});

describe('storyProcessor on worker threads', () => {
  const shared = { syntaxHighlight: false as const };
  const story = (slug: string, lang: string) => {
    const path = join('content/articles', slug, `${lang}.md`);
    return { body: readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), fileURL: pathToFileURL(join(process.cwd(), path)) };
  };

  it('renders the same HTML and metadata as the processor in this thread', async () => {
    const threaded = await storyProcessor(2).createRenderer(shared);
    const here = await unified(storyMarkdown).createRenderer(shared);
    for (const lang of ['ja', 'en']) {
      const { body, fileURL } = story('istanbul-talks-2025-05', lang);
      const frontmatter = { title: 'x', date: new Date('2025-05-16') };
      const [a, b] = await Promise.all([threaded.render(body, { fileURL, frontmatter }), here.render(body, { fileURL, frontmatter })]);
      expect(a.code).toContain('analysis-1');
      expect(a).toEqual(b);
      expect(a.metadata.frontmatter['analysisPoints']).toHaveLength(3);
    }
  });

  it('renders every sample, fixture and generated story the same as Astro’s own pipeline, which re-parses the HTML at the end', async () => {
    // The worker skips Astro's final rehype-raw pass when no raw node is left (src/markdown/rehype-raw-when-needed.ts);
    // the pass in this thread always runs. Same HTML for every kind of story means the skipped pass had nothing to do.
    const generated = mkdtempSync(join(tmpdir(), 'digest-threads-'));
    try {
      generateContent(generated, { pairs: 40, seed: 20250516 });
      const stories = ['content', 'tests/fixtures/basic/content', generated].flatMap(storyBodies);
      expect(stories.length).toBeGreaterThan(100);
      const threaded = await storyProcessor(2).createRenderer(shared);
      const here = await unified(storyMarkdown).createRenderer(shared);
      let rendered = 0;
      for (const { path: file, body } of stories) {
        const options = { fileURL: pathToFileURL(join(process.cwd(), file)), frontmatter: { title: 'x', date: new Date('2025-05-16') } };
        // A fixture story may fail here (its chronology lives in the fixture's content folder): the same way in both.
        const [a, b] = await Promise.allSettled([threaded.render(body, options), here.render(body, options)]);
        if (a.status === 'rejected' || b.status === 'rejected') {
          expect(a.status, file).toBe(b.status);
          continue;
        }
        rendered += 1;
        expect(a.value.code, file).toBe(b.value.code);
      }
      expect(rendered).toBeGreaterThan(100);
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  });

  it('leaves the HTML parser out only where no raw HTML is left', () => {
    expect(
      hasRawNode({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a' }] }] }),
    ).toBe(false);
    expect(
      hasRawNode({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'raw', value: '<b>a</b>' }] }] }),
    ).toBe(true);
  });

  it('renders in this thread what cannot be copied to a thread', async () => {
    const threaded = await storyProcessor(1).createRenderer(shared);
    const { code } = await threaded.render('A *story*.', { frontmatter: { notData: () => 1 } });
    expect(code).toBe('<p>A <em>story</em>.</p>');
  });

  it('passes a plugin’s error message back from the thread', async () => {
    const threaded = await storyProcessor(1).createRenderer(shared);
    await expect(threaded.render(':::analysys[Typo]\nText.\n:::\n', { fileURL: pathToFileURL('/site/content/articles/x/en.md') })).rejects.toThrow(
      /Unknown block ":::analysys"/,
    );
  });

  it('stays the unified processor for @astrojs/mdx, which compiles MDX in Vite', () => {
    for (const threads of [0, 1]) {
      const processor = storyProcessor(threads);
      expect(processor.name).toBe('unified');
      expect(processor.createMdxRenderer).toBeTypeOf('function');
    }
  });

  it('carries a hash of the glossary in the options Astro compares, so a glossary change clears the content cache', () => {
    for (const threads of [0, 1]) {
      const options = storyProcessor(threads).options as unknown as Record<string, unknown>;
      expect(options['glossaryDigest']).toBe(glossaryDigest(contentDir));
      // Astro compares its config as JSON (content-layer.js: safeStringify of the config): the hash must survive it.
      expect(JSON.stringify({ processor: { options } })).toContain(`"glossaryDigest":"${glossaryDigest(contentDir)}"`);
    }
  });

  it('the glossary hash changes with any glossary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(join(dir, 'glossary/witkoff.yaml'), 'kind: person\nja: { name: ウィトコフ }\nen: { name: Witkoff }\n');
    const before = glossaryDigest(dir);
    writeFileSync(join(dir, 'glossary/witkoff.yaml'), 'kind: person\nja: { name: ウィトコフ, variants: [ウィットコフ] }\nen: { name: Witkoff }\n');
    expect(glossaryDigest(dir)).not.toBe(before);
    rmSync(dir, { recursive: true });
  });

  it('carries a hash of the chronologies, which change what a ::timeline shows, and it changes with any timeline file', () => {
    const options = storyProcessor(0).options as unknown as Record<string, unknown>;
    expect(options['timelineDigest']).toBe(timelineDigest(contentDir));
    const dir = mkdtempSync(join(tmpdir(), 'timelines-'));
    mkdirSync(join(dir, 'timelines'));
    const file = join(dir, 'timelines/ukraine.yaml');
    writeFileSync(file, 'actors:\n  - id: us\n    name: { ja: 米国, en: US }\nevents:\n  - date: 2025\n    actors: [us]\n    ja: あ\n    en: a\n');
    const before = timelineDigest(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('en: a', 'en: b'));
    expect(timelineDigest(dir)).not.toBe(before);
    rmSync(dir, { recursive: true });
  });

  it('carries a hash of the rendering code and the lockfile, so a plugin change clears the content cache too', () => {
    const options = storyProcessor(0).options as unknown as Record<string, unknown>;
    expect(options['renderCodeDigest']).toMatch(/^[0-9a-f]{16}$/);
    expect(options['renderCodeDigest']).toBe(renderCodeDigest());
    const dir = mkdtempSync(join(tmpdir(), 'render-code-'));
    mkdirSync(join(dir, 'src/markdown'), { recursive: true });
    mkdirSync(join(dir, 'src/shared'), { recursive: true });
    writeFileSync(join(dir, 'src/markdown/plugin.ts'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}\n');
    const before = renderCodeDigest(dir);
    expect(renderCodeDigest(dir)).toBe(before);
    writeFileSync(join(dir, 'src/markdown/plugin.ts'), 'export const a = 2;\n');
    const afterCode = renderCodeDigest(dir);
    expect(afterCode).not.toBe(before);
    writeFileSync(join(dir, 'src/shared/labels.json'), '{}\n');
    expect(renderCodeDigest(dir)).not.toBe(afterCode);
    const afterShared = renderCodeDigest(dir);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(renderCodeDigest(dir)).not.toBe(afterShared);
    rmSync(dir, { recursive: true });
  });
});
