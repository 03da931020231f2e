import { describe, expect, it } from 'vitest';
import { availableLocales, byNewest, ContentError, pairStories, resolveVersion, type EntryLike } from '../../src/lib/pairing';

const entry = (id: string, date = '2025-05-16', extra: Partial<EntryLike['data']> = {}): EntryLike => ({
  id,
  filePath: `content/articles/${id}.md`,
  data: { date: new Date(date), draft: false, topics: ['peace-talks'], ...extra },
});
const known = { topics: ['peace-talks', 'ukraine'], authors: ['desk'] };

describe('pairStories', () => {
  it('pairs versions by folder and sorts newest first', () => {
    const stories = pairStories(
      [entry('old/ja', '2024-01-01'), entry('new/en', '2025-01-01'), entry('old/en', '2024-01-01'), entry('new/ja', '2025-01-01')],
      known,
    );
    expect(stories.map((s) => s.slug)).toEqual(['new', 'old']);
    expect(Object.keys(stories[0]!.versions).sort()).toEqual(['en', 'ja']);
  });

  it('keeps single-language stories', () => {
    const [story] = pairStories([entry('only/ja')], known);
    expect(availableLocales(story!)).toEqual(['ja']);
  });

  it('leaves drafts out unless asked', () => {
    const draft = entry('d/ja', '2025-01-01', { draft: true });
    expect(pairStories([draft], known)).toEqual([]);
    expect(pairStories([draft], known, { includeDrafts: true })).toHaveLength(1);
  });

  it('reports every problem at once, naming the file and the field', () => {
    let error: unknown;
    try {
      pairStories(
        [
          entry('Bad_Slug/ja'),
          entry('x/fr'),
          entry('y/ja', '2025-01-01', { topics: ['nope'] }),
          entry('z/en', '2025-01-01', { author: 'ghost' }),
          entry('deep/er/ja'),
        ],
        known,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/content\/articles\/Bad_Slug\/ja\.md: folder name "Bad_Slug" is not a valid slug/);
    expect(problems[1]).toMatch(/x\/fr\.md: "fr" is not a language of this site; name the file ja\.md or en\.md/);
    expect(problems[2]).toMatch(/y\/ja\.md: topics: unknown topic "nope"; add content\/topics\/nope\.yaml/);
    expect(problems[3]).toMatch(/z\/en\.md: author: unknown author "ghost"/);
    expect(problems[4]).toMatch(/deep\/er\/ja\.md: a story must be content\/articles\/\{slug\}\/\{language\}\.md/);
  });

  it('orders stories of the same day by slug, whatever the input order', () => {
    const a = { date: new Date('2025-01-01'), slug: 'a' };
    const b = { date: new Date('2025-01-01'), slug: 'b' };
    expect([b, a].sort(byNewest)).toEqual([a, b]);
  });
});

describe('resolveVersion', () => {
  const stories = pairStories([entry('p/ja', '2025-02-01'), entry('p/en', '2025-02-01'), entry('j/ja')], known);
  const paired = stories.find((s) => s.slug === 'p');
  const jaOnly = stories.find((s) => s.slug === 'j');

  it('shows the own translation when it exists', () => {
    expect(resolveVersion(paired!, 'en')).toMatchObject({ lang: 'en', isFallback: false });
  });

  it('falls back to the other language, flagged', () => {
    const shown = resolveVersion(jaOnly!, 'en');
    expect(shown.lang).toBe('ja');
    expect(shown.isFallback).toBe(true);
    expect(shown.entry.id).toBe('j/ja');
  });
});
