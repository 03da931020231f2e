import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir, ruleIds, rules, type RuleId } from '../../src/checks/index';
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
