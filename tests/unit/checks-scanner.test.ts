import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/checks/read/frontmatter';
import type { BodyFacts } from '../../src/checks/read/body-facts';
import { readBody } from '../../src/checks/read/markdown';
import { extractNumbers } from '../../src/checks/rules/numbers';
import { parseAttributes, scanMarkdown } from '../../src/checks/read/scan-markdown';
import { englishSentences, foreignRuns } from '../../src/checks/rules/writing-systems';
import { flatten } from '../../src/checks/read/text';
import { root } from '../helpers/build';

// The checker reads .md bodies with a fast line scanner instead of a full micromark parse (see
// src/checks/read/scan-markdown.ts). These tests hold it to the micromark reader on every Markdown file in the
// repository (the real content, the fixtures, the corpus of bad inputs) and on a file of edge cases.
const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) return markdownFiles(path);
    } catch {
      return [];
    }
    return path.endsWith('.md') ? [path] : [];
  });

const files = [
  ...['content', 'tests/fixtures', 'tests/checks/cases'].flatMap((d) => markdownFiles(join(root, d))),
  join(root, 'tests/checks/scanner-edge-cases.md'),
];

/** What the checks take from a body, in a comparable form. */
function summary(facts: BodyFacts, lang: 'ja' | 'en') {
  const byLine = <T extends { line: number }>(list: T[]) =>
    [...list].sort((a, b) => a.line - b.line || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    analysis: facts.analysis,
    links: byLine(facts.links),
    images: byLine(facts.images),
    problems: byLine(facts.problems),
    foreign:
      lang === 'en'
        ? facts.blocks
            .flatMap(foreignRuns)
            .map((h) => `${h.line}:${h.text}`)
            .sort()
        : [],
    english:
      lang === 'ja'
        ? facts.blocks
            .flatMap(englishSentences)
            .map((h) => `${h.line}:${h.text}`)
            .sort()
        : [],
    numbers: [
      ...new Set(
        facts.blocks.flatMap((b) =>
          extractNumbers(flatten(b).text.replace(/\uFFFC/g, ' '), lang, b.pieces[0]?.line ?? 1)
            .filter((m) => m.strong)
            .map((m) => `${m.line}:${m.value}`),
        ),
      ),
    ].sort(),
  };
}

describe('the fast Markdown scanner', () => {
  it.each(files.map((f) => [f.slice(root.length + 1), f] as const))('reads %s like micromark', (_name, file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return; // the unreadable-file case
    }
    const body = splitFrontmatter(text).body;
    const lang = file.includes('/en.') || file.endsWith('edge-cases.md') ? 'en' : 'ja';
    expect(summary(scanMarkdown(body), lang)).toEqual(summary(readBody(body, false), lang));
  });

  it('reads directive attributes as remark-directive does', () => {
    expect(parseAttributes(`speaker="A B" role='R' url=https://x.org/a #id .c1 .c2 flag`)).toEqual({
      speaker: 'A B',
      role: 'R',
      url: 'https://x.org/a',
      id: 'id',
      class: 'c1 c2',
      flag: '',
    });
  });
});
