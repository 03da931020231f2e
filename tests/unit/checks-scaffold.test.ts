import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/checks/index';
import { localDay, scaffold, type ScaffoldContext } from '../../scripts/new/templates';

const context: ScaffoldContext = {
  existingSlugs: new Set(['istanbul-talks']),
  topics: new Set(['peace-talks', 'ukraine']),
  authors: new Set(['desk']),
  today: '2025-05-16',
};
const topicFile = (id: string): ContentFile => ({
  path: `topics/${id}.yaml`,
  bytes: new TextEncoder().encode('name:\n  ja: 名前\n  en: Name\ndescription:\n  ja: 説明。\n  en: Description.\n'),
});
const tree = (files: { path: string; text: string }[]): ContentFile[] => [
  topicFile('peace-talks'),
  topicFile('ukraine'),
  { path: 'authors/desk.yaml', bytes: new TextEncoder().encode('name:\n  ja: 編集部\n  en: Desk\nbio:\n  ja: 説明。\n  en: Bio.\n') },
  ...files.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.text) })),
];

describe('npm run new', () => {
  it('creates both languages with the frontmatter filled in', () => {
    const result = scaffold({ slug: 'gaza-talks', topics: ['peace-talks', 'ukraine'], author: 'desk', kind: 'analysis' }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((f) => f.path)).toEqual(['articles/gaza-talks/ja.md', 'articles/gaza-talks/en.md']);
    for (const file of result.files) {
      expect(file.text).toContain('date: 2025-05-16\n');
      expect(file.text).toContain('topics: [peace-talks, ukraine]\n');
      expect(file.text).toContain('kind: analysis\n');
      expect(file.text).toContain('author: desk\n');
      expect(file.text).toContain(':::analysis[TODO');
    }
  });

  it('leaves only placeholder errors for the checker, and nothing once they are written', () => {
    const result = scaffold({ slug: 'gaza-talks', topics: ['peace-talks'] }, context);
    if (!result.ok) throw new Error('refused');
    const rules = new Set(checkContent(tree(result.files)).map((f) => f.rule));
    expect([...rules]).toEqual(['placeholder']);
    const written = result.files.map((f) => ({ ...f, text: f.text.replaceAll('TODO ', '') }));
    expect(checkContent(tree(written))).toEqual([]);
  });

  it('writes MDX comments in .mdx files and a single language on request', () => {
    const result = scaffold({ slug: 'gaza-talks', topics: ['peace-talks'], langs: ['ja'], mdx: true, date: '2025-01-02' }, context);
    if (!result.ok) throw new Error('refused');
    expect(result.files.map((f) => f.path)).toEqual(['articles/gaza-talks/ja.mdx']);
    expect(result.files[0]!.text).toContain('{/*');
    expect(result.files[0]!.text).not.toContain('<!--');
    const written = result.files.map((f) => ({ ...f, text: f.text.replaceAll('TODO ', '') }));
    expect(checkContent(tree(written))).toEqual([]);
  });

  it('refuses an invalid or existing slug, an unknown topic or author and a bad date, saying why', () => {
    const refused = (request: Parameters<typeof scaffold>[0]) => {
      const result = scaffold(request, context);
      return result.ok ? [] : result.errors.map((e) => e.en);
    };
    expect(refused({ slug: 'Gaza_Talks', topics: ['peace-talks'] })[0]).toMatch(/not a valid slug/);
    expect(refused({ slug: 'istanbul-talks', topics: ['peace-talks'] })[0]).toMatch(/already exists/);
    expect(refused({ slug: 'x', topics: ['gaza'] })[0]).toMatch(/Unknown topic "gaza".*peace-talks, ukraine/);
    expect(refused({ slug: 'x', topics: [] })[0]).toMatch(/at least one topic/);
    expect(refused({ slug: 'x', topics: ['ukraine'], author: 'nobody' })[0]).toMatch(/Unknown author/);
    expect(refused({ slug: 'x', topics: ['ukraine'], date: '2025-02-30' })[0]).toMatch(/not a date/);
    expect(refused({ slug: 'Bad', topics: ['nope'] })).toHaveLength(2);
  });

  it('uses the editor’s local date', () => {
    expect(localDay(new Date(2025, 4, 6, 23, 30))).toBe('2025-05-06');
  });
});
