import { describe, expect, it } from 'vitest';
import { RELATED_LIMIT, groupByTopics, relatedInGroups, relatedStories, relevance, topicNeighbours } from '../../src/lib/related';

const story = (slug: string, date: string, topics: string[]) => ({ slug, date: new Date(date), topics });

const current = story('talks', '2025-05-16', ['peace-talks', 'ukraine']);

describe('relevance', () => {
  it('counts shared topics and gives the main topic one extra point', () => {
    expect(relevance(current, { topics: ['ukraine'] })).toBe(1);
    expect(relevance(current, { topics: ['peace-talks'] })).toBe(2);
    expect(relevance(current, { topics: ['ukraine', 'peace-talks'] })).toBe(3);
    expect(relevance(current, { topics: ['middle-east'] })).toBe(0);
  });
});

describe('relatedStories', () => {
  it('never includes the story itself, even when it is among the candidates', () => {
    const result = relatedStories(current, [current, story('talks', '2025-05-16', ['peace-talks'])]);
    expect(result).toEqual([]);
  });

  it('ranks by shared topics, then newest first', () => {
    const both = story('both', '2024-01-01', ['ukraine', 'peace-talks']);
    const mainOld = story('main-old', '2025-01-01', ['peace-talks']);
    const mainNew = story('main-new', '2025-06-01', ['peace-talks']);
    const secondary = story('secondary', '2025-07-01', ['ukraine']);
    const unrelated = story('unrelated', '2025-08-01', ['middle-east']);
    expect(relatedStories(current, [unrelated, secondary, mainOld, both, mainNew]).map((s) => s.slug)).toEqual([
      'both',
      'main-new',
      'main-old',
      'secondary',
    ]);
  });

  it('breaks ties of the same day by slug, so the order never depends on input order', () => {
    const a = story('a', '2025-01-01', ['ukraine']);
    const b = story('b', '2025-01-01', ['ukraine']);
    expect(relatedStories(current, [b, a]).map((s) => s.slug)).toEqual(['a', 'b']);
  });

  it(`shows at most ${RELATED_LIMIT} stories unless asked for another number`, () => {
    const many = Array.from({ length: 10 }, (_, i) => story(`s${i}`, `2025-01-${10 + i}`, ['ukraine']));
    expect(relatedStories(current, many)).toHaveLength(RELATED_LIMIT);
    expect(relatedStories(current, many, 2)).toHaveLength(2);
  });
});

describe('relatedInGroups', () => {
  // A seeded generator, so a failure can be replayed: topics drawn from a few ids (order and repeats vary),
  // dates from a few days, so groups, ties of relevance and same-day stories are all common.
  let seed = 20250516;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const ids = ['a', 'b', 'c', 'd'];
  const stories = Array.from({ length: 300 }, (_, i) =>
    story(
      `s${i}`,
      `2025-01-${String(1 + random(9)).padStart(2, '0')}`,
      Array.from({ length: 1 + random(3) }, () => ids[random(ids.length)]!),
    ),
  );

  it('ranks exactly as relatedStories does, for every story and limit', () => {
    for (const limit of [1, RELATED_LIMIT, RELATED_LIMIT + 1]) {
      const groups = groupByTopics(stories, limit + 1);
      for (const current of stories) {
        expect(relatedInGroups(current, groups, limit), current.slug).toEqual(relatedStories(current, stories, limit));
      }
    }
  });

  it('groups stories by their set of topics, newest first, keeping as many as asked', () => {
    const old = story('old', '2025-01-01', ['b', 'a']);
    const mid = story('mid', '2025-02-01', ['a', 'b']);
    const recent = story('recent', '2025-03-01', ['a', 'b']);
    const other = story('other', '2025-03-01', ['a']);
    const groups = groupByTopics([old, other, mid, recent], 2);
    expect(groups.map((g) => g.newest.map((s) => s.slug))).toEqual([['recent', 'mid'], ['other']]);
  });
});

describe('topicNeighbours', () => {
  const feb = story('feb', '2025-02-01', ['t']);
  const mar = story('mar', '2025-03-01', ['t']);
  const apr = story('apr', '2025-04-01', ['t']);

  it('finds the older (previous) and newer (next) story', () => {
    expect(topicNeighbours(mar, [apr, feb, mar])).toEqual({ previous: feb, next: apr });
  });

  it('has no next story for the newest and no previous story for the oldest', () => {
    expect(topicNeighbours(apr, [apr, feb, mar])).toEqual({ previous: mar, next: undefined });
    expect(topicNeighbours(feb, [apr, feb, mar])).toEqual({ previous: undefined, next: mar });
  });

  it('places a story that is not in the list (a fallback page) by its date', () => {
    expect(topicNeighbours(story('x', '2025-03-15', ['t']), [apr, feb, mar])).toEqual({ previous: mar, next: apr });
  });

  it('orders stories of the same day by slug, as the topic page does', () => {
    const a = story('a', '2025-03-01', ['t']);
    const c = story('c', '2025-03-01', ['t']);
    expect(topicNeighbours(story('b', '2025-03-01', ['t']), [c, a])).toEqual({ previous: c, next: a });
  });
});
