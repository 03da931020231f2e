import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldLabel, isStrictDate, schemaFindings, suggest } from '../../src/checks/rules/schema';
import { parseYaml } from '../../src/checks/read/yaml-source';
import { splitFrontmatter } from '../../src/checks/read/frontmatter';
import { articleSchema, topicSchema } from '../../src/schemas';

const article = articleSchema(z.string());
const check = (yaml: string) => {
  const { source, problem } = parseYaml(yaml, 1);
  if (!source) throw new Error(problem?.detail);
  return schemaFindings(article, source, 'en.md', { dateFields: ['date', 'updated'] }).findings.map((f) => `${f.rule}:${f.line}`);
};

describe('the shared schemas', () => {
  it('accept a minimal story and fill in the defaults the site relies on', () => {
    const data = article.parse({ title: 'T', lead: 'L', date: '2025-05-16', topics: ['peace-talks'] });
    expect(data).toMatchObject({ kind: 'news', keyPoints: [], references: [], draft: false });
    expect(data.date.toISOString()).toBe('2025-05-16T00:00:00.000Z');
  });

  it('accept checks.ignore and topics with an order', () => {
    expect(article.parse({ title: 'T', lead: 'L', date: '2025-05-16', topics: ['a'], checks: { ignore: ['pair-numbers'] } }).checks).toEqual({
      ignore: ['pair-numbers'],
    });
    expect(topicSchema.safeParse({ name: { ja: 'あ', en: 'A' }, description: { ja: 'い', en: 'B' }, order: 1.5 }).success).toBe(false);
  });
});

describe('schema findings', () => {
  it('report every problem at once, each on its own line', () => {
    expect(check('title: ""\nlead: L\ndate: 2025-13-01\ntopics: [Peace_Talks]\nkind: opinion\n')).toEqual([
      'schema-date:3',
      'schema-required:1',
      'schema-invalid:4',
      'schema-invalid:5',
    ]);
  });

  it('report a missing field on the line of the block, nested ones on their item', () => {
    expect(check('title: T\nlead: L\ndate: 2025-05-16\ntopics: [a]\nreferences:\n  - title: X\n')).toEqual(['schema-required:6']);
  });

  it('warn about unknown fields and suggest the right name', () => {
    expect(check('title: T\nlead: L\ndate: 2025-05-16\ntopics: [a]\nkeypoints: [x]\n')).toEqual(['schema-unknown-field:5']);
    expect(suggest('keypoints', ['title', 'keyPoints'])).toBe('keyPoints');
    expect(suggest('colour', ['title', 'keyPoints'])).toBeUndefined();
  });

  it('label nested fields the way editors count', () => {
    expect(fieldLabel(['references', 1, 'url'])).toBe('references › #2 › url');
  });
});

describe('dates', () => {
  it('accept only real dates written as YYYY-MM-DD (with an optional time)', () => {
    expect(isStrictDate('2025-05-16')).toBe(true);
    expect(isStrictDate('2025-05-16T09:00:00+09:00')).toBe(true);
    expect(isStrictDate('2025-5-16')).toBe(false);
    expect(isStrictDate('2025-02-30')).toBe(false);
    expect(isStrictDate(20250516)).toBe(false);
  });
});

describe('YAML positions', () => {
  it('give frontmatter fields their file lines and syntax errors their line', () => {
    const split = splitFrontmatter('\n---\ntitle: a\nlead: b\n---\nBody');
    expect(split.startLine).toBe(2);
    expect(split.body.split('\n')[5]).toBe('Body');
    const { source } = parseYaml(split.yaml!, split.startLine);
    expect(source?.fieldLine(['lead'])).toBe(4);
    expect(parseYaml('title: Talks: what next\n', 5).problem).toMatchObject({ line: 5, code: 'BLOCK_AS_IMPLICIT_KEY' });
  });
});
