import { describe, expect, it } from 'vitest';
import { dealRecords, languageParts, partFilter, partFolder, partOf, partRange } from '../../src/shared/search-parts';

describe('the search index in parts', () => {
  it('counts parts from the oldest story, so that a new story changes only the newest part', () => {
    // 2,500 stories in parts of 1,000: the 500 newest, then two full parts.
    expect([0, 499, 500, 1499, 1500, 2499].map((place) => partOf(place, 2500, 1000))).toEqual([2, 2, 1, 1, 0, 0]);
    // One story more: every older story keeps its part.
    expect([1, 500, 501, 1500, 1501, 2500].map((place) => partOf(place, 2501, 1000))).toEqual([2, 2, 1, 1, 0, 0]);
    expect(partOf(0, 1000, 1000)).toBe(0);
    // Each part's places are the ones partOf gives it.
    expect([2, 1, 0].map((part) => partRange(part, 2500, 1000))).toEqual([
      { first: 0, last: 499 },
      { first: 500, last: 1499 },
      { first: 1500, last: 2499 },
    ]);
    expect(partOf(0, 1001, 1000)).toBe(1);
  });

  it("lists a language's parts newest first, the newest served from the index folder itself, without the stories it lacks", () => {
    expect(languageParts(5, [1], 2)).toEqual([
      { part: 2, folder: '', places: [0] },
      { part: 1, folder: 'part-1/', places: [2] },
      { part: 0, folder: 'part-0/', places: [3, 4] },
    ]);
    // A newest part without any story in the language: the next one is served from the index folder.
    expect(languageParts(5, [0], 2)).toEqual([
      { part: 1, folder: '', places: [1, 2] },
      { part: 0, folder: 'part-0/', places: [3, 4] },
    ]);
    expect(languageParts(3, [0, 1, 2], 2)).toEqual([]);
    expect(languageParts(0, [], 1000)).toEqual([]);
    // Small archives are one part, the index as it was before it had parts.
    expect(languageParts(3, [], 1000)).toEqual([{ part: 0, folder: '', places: [0, 1, 2] }]);
  });

  it('names folders and filters after the part', () => {
    expect(partFolder(3)).toBe('part-3/');
    expect(partFilter('ja', 3)).toBe('ja-3');
  });

  it("deals one sorted search's records back to the merged indexes, place by place in merge order", () => {
    expect(dealRecords(['a0', 'b0', 'c0', 'a1', 'c1', 'a2'], [3, 1, 2])).toEqual([['a0', 'a1', 'a2'], ['b0'], ['c0', 'c1']]);
    expect(dealRecords([], [0, 0])).toEqual([[], []]);
    expect(dealRecords(['a0', 'b0'], [3, 1])).toBeUndefined();
  });
});
