import { unified } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentDir, ruleIds, rules, type RuleId } from '../../src/checks/index';
import { storyMarkdown } from '../../src/markdown';
import { fixtureContent, root } from '../helpers/build';
import { loadCases } from '../checks/cases';

const cases = loadCases();
const key = (f: { rule: string; file: string; line: number }) => `${f.file}:${f.line} ${f.rule}`;

describe('content checks: the corpus of bad inputs (tests/checks/cases/)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { findings } = await checkContentDir(c.content, c.public);
    // Exactly the expected rule, file and line: no more (a minimal tree with one mistake), no less.
    expect(findings.map(key).sort()).toEqual(c.findings.map(key).sort());
    for (const f of findings) {
      expect(f.severity).toBe(rules[f.rule].severity);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.message.ja).toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u);
    }
  });

  it('has a case for every rule', () => {
    const covered = new Set(cases.flatMap((c) => c.findings.map((f) => f.rule)));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('content checks: valid content', () => {
  it('the fixture tree passes with no message at all', async () => {
    const { findings, fileCount } = await checkContentDir(fixtureContent, join(root, 'public'));
    expect(fileCount).toBeGreaterThan(10);
    expect(findings).toEqual([]);
  });
});

describe('content checks: documentation', () => {
  it.each(['CONTRIBUTING.md', 'CONTRIBUTING.ja.md'])('%s explains every rule in its table', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const missing = ruleIds.filter((id) => !text.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it.each([
    ['en', 'CONTRIBUTING.md'],
    ['ja', 'CONTRIBUTING.ja.md'],
  ] as const)('each rule’s %s anchor is the heading of the table with its row', (lang, file) => {
    const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    // GitHub's anchors: lowercase, punctuation dropped, spaces as hyphens.
    const slug = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
    const headingAbove = (id: string) => {
      const before = text.slice(0, text.indexOf(`| \`${id}\` |`));
      return [...before.matchAll(/^#{1,6} (.+)$/gm)].at(-1)?.[1] ?? '';
    };
    const byId = (anchor: (id: RuleId) => string) => Object.fromEntries(ruleIds.map((id) => [id, anchor(id)]));
    expect(byId((id) => rules[id].anchor[lang])).toEqual(byId((id) => `${file}#${slug(headingAbove(id))}`));
  });
});

describe('content checks: what the renderer refuses, the checker reports first', () => {
  // The site's own Markdown pipeline over every story file of the corpus: a file it throws on must be a file the
  // checker gives an error for, or the editor would first hear of the problem from a failed build.
  const storyFiles = cases.flatMap((c) =>
    readdirSync(join(c.content, 'articles'), { recursive: true, withFileTypes: false })
      .map(String)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => [c, `articles/${f.split('\\').join('/')}`] as const),
  );
  const processor = unified(storyMarkdown);

  it.each(storyFiles.map(([c, file]) => [`${c.name}: ${file}`, c, file] as const))('%s', async (_name, c, file) => {
    const path = join(c.content, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // Unreadable on purpose (file-unreadable); the renderer never gets it either.
    }
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const url = pathToFileURL(path);
    let threw: unknown;
    try {
      if (file.endsWith('.mdx')) {
        const mdx = await processor.createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///site/src/') } as never);
        await mdx.process(body, path, {});
      } else {
        await (await processor.createRenderer({})).render(body, { fileURL: url, frontmatter: {} });
      }
    } catch (error) {
      threw = error;
    }
    if (!threw) return;
    const { findings } = await checkContentDir(c.content, c.public);
    expect(
      findings.filter((f) => f.file === file && f.severity === 'error').map((f) => f.rule),
      String(threw),
    ).not.toEqual([]);
  });
});
