import { describe, expect, it } from 'vitest';
import {
  archiveSortKey,
  availableLocales,
  byNewest,
  pairStories,
  resolveVersion,
  versionsIn,
  type EntryLike,
  type Story,
} from '../../src/lib/pairing';

const entry = (id: string, date = '2025-05-16', extra: Partial<EntryLike['data']> = {}): EntryLike => ({
  id,
  data: { date: new Date(date), draft: false, topics: ['peace-talks'], ...extra },
});

describe('pairStories', () => {
  it('pairs versions by folder and sorts newest first', () => {
    const stories = pairStories([
      entry('old/ja', '2024-01-01'),
      entry('new/en', '2025-01-01'),
      entry('old/en', '2024-01-01'),
      entry('new/ja', '2025-01-01'),
    ]);
    expect(stories.map((s) => s.slug)).toEqual(['new', 'old']);
    expect(Object.keys(stories[0]!.versions).sort()).toEqual(['en', 'ja']);
  });

  it('keeps single-language stories', () => {
    const [story] = pairStories([entry('only/ja')]);
    expect(availableLocales(story!)).toEqual(['ja']);
  });

  it('leaves drafts out unless asked', () => {
    const draft = entry('d/ja', '2025-01-01', { draft: true });
    expect(pairStories([draft])).toEqual([]);
    expect(pairStories([draft], { includeDrafts: true })).toHaveLength(1);
  });

  // Bad folder names, languages, layouts, topics and authors are the content checker's (rules path-slug,
  // path-language, path-layout, ref-topic, ref-author; cases in tests/checks/cases/, and tests/build/checks.test.ts
  // for the build that stops on them). Pairing only leaves out what cannot be a {slug}/{language} story.
  it('leaves out entries that are not a {slug}/{language} story', () => {
    const stories = pairStories([entry('x/fr'), entry('deep/er/ja'), entry('stray'), entry('talks/ja')]);
    expect(stories.map((s) => [s.slug, Object.keys(s.versions)])).toEqual([['talks', ['ja']]]);
  });

  it('orders stories of the same day by slug, whatever the input order', () => {
    const a = { date: new Date('2025-01-01'), slug: 'a' };
    const b = { date: new Date('2025-01-01'), slug: 'b' };
    expect([b, a].sort(byNewest)).toEqual([a, b]);
  });

  it('gives each story a sort text that orders like byNewest, code unit by code unit, from the story alone', () => {
    const slugs = ['a', 'a-b', 'a0', 'ab', 'b', 'bench-00001', 'bench-00010', 'bench-1', 'z-9', 'talks'];
    const dates = ['1969-07-20', '1970-01-01', '2016-07-06', '2025-01-01', '2025-01-01T09:30:00Z', '2026-12-07', '2099-12-31'];
    const all = dates.flatMap((d) => slugs.map((slug) => ({ date: new Date(d), slug })));
    const byKey = [...all].sort((x, y) => {
      const [kx, ky] = [archiveSortKey(x), archiveSortKey(y)];
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    });
    expect(byKey).toEqual([...all].sort(byNewest));
    // Not a number, so Pagefind compares the values as text (a number would be compared as a 32-bit float).
    expect(Number.isNaN(Number(archiveSortKey(all[0]!)))).toBe(true);
    expect(archiveSortKey({ date: new Date('2026-12-07'), slug: 'talks' })).toBe('d08638203398400000_talks');
  });
});

describe('resolveVersion', () => {
  const stories = pairStories([entry('p/ja', '2025-02-01'), entry('p/en', '2025-02-01'), entry('j/ja')]);
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

describe('versionsIn', () => {
  const stories: Story[] = [
    {
      slug: 'both',
      date: new Date('2025-01-02'),
      versions: { ja: entry('both/ja', '2025-01-02', { topics: ['a'] }), en: entry('both/en', '2025-01-02', { topics: ['b'] }) },
    },
    { slug: 'ja-only', date: new Date('2025-01-01'), versions: { ja: entry('ja-only/ja', '2025-01-01', { topics: ['a'] }) } },
  ];

  it('keeps only real versions in the language, with that version’s own topics', () => {
    expect(versionsIn(stories, 'en').map((v) => [v.slug, v.topics])).toEqual([['both', ['b']]]);
    expect(versionsIn(stories, 'ja').map((v) => v.slug)).toEqual(['both', 'ja-only']);
  });
});
