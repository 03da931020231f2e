import { describe, expect, it } from 'vitest';
import { FEED_SIZE, escapeXml, feedEntries } from '../../src/lib/feeds';
import type { EntryLike, Story } from '../../src/lib/pairing';

const entry = (id: string, date: string, topics: string[] = ['t']): EntryLike => ({
  id,
  data: { date: new Date(date), draft: false, topics },
});
const stories: Story[] = [
  {
    slug: 'pair',
    date: new Date('2025-05-02'),
    versions: { ja: entry('pair/ja', '2025-05-02'), en: entry('pair/en', '2025-05-02', ['u']) },
  },
  { slug: 'ja-only', date: new Date('2025-05-03'), versions: { ja: entry('ja-only/ja', '2025-05-03') } },
  { slug: 'en-only', date: new Date('2025-05-01'), versions: { en: entry('en-only/en', '2025-05-01') } },
];

describe('feedEntries', () => {
  it('lists only real versions in the language, newest first', () => {
    expect(feedEntries(stories, 'ja').map((e) => e.entry.id)).toEqual(['ja-only/ja', 'pair/ja']);
    expect(feedEntries(stories, 'en').map((e) => e.entry.id)).toEqual(['pair/en', 'en-only/en']);
  });

  it('orders versions by their own date, then by slug, whatever the order of the stories', () => {
    const sameDay: Story[] = [
      { slug: 'b', date: new Date('2025-05-09'), versions: { en: entry('b/en', '2025-05-01') } },
      { slug: 'c', date: new Date('2025-05-02'), versions: { en: entry('c/en', '2025-05-02') } },
      { slug: 'a', date: new Date('2025-05-01'), versions: { en: entry('a/en', '2025-05-01') } },
    ];
    expect(feedEntries(sameDay, 'en').map((e) => e.slug)).toEqual(['c', 'a', 'b']);
  });

  it('filters by the version in that language (a topic feed)', () => {
    expect(feedEntries(stories, 'en', (e) => e.data.topics.includes('u')).map((e) => e.entry.id)).toEqual(['pair/en']);
  });

  it(`stops at ${FEED_SIZE} items by default`, () => {
    const many: Story[] = Array.from({ length: FEED_SIZE + 5 }, (_, i) => ({
      slug: `s${i}`,
      date: new Date(2024, 0, i + 1),
      versions: { ja: entry(`s${i}/ja`, new Date(2024, 0, i + 1).toISOString()) },
    }));
    expect(feedEntries(many, 'ja')).toHaveLength(FEED_SIZE);
    expect(feedEntries(many, 'ja', undefined, 3)).toHaveLength(3);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
