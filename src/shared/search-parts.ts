// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.

/*
 * The search index in parts: which stories each part of a language's index holds, and where its bundle is
 * served. The indexer (src/integrations/index-parts.ts) and the search page (src/client/search.ts) both work it
 * out here, from the archive alone, so they cannot disagree.
 *
 * The archive is cut by age: counted from the oldest story, every `size` stories make a part, and the newest
 * part holds what is left. A part is closed once full, so a new story (the newest) changes only the newest part,
 * and an edited one only its own; a story dated back in time moves the boundaries of the parts newer than it.
 * Both languages share the boundaries (a story's two versions are in the part of the same number), so a part's
 * pages are known from the list of stories before any page is built. Pagefind holds every page of an index in
 * memory until it writes it, so the size bounds the memory of the index step; and each part is one more index
 * a query searches in the browser, so the size is as large as that memory allows.
 */

/**
 * Which part a story is in, from its place in the archive (0 for the newest) among `stories` stories: parts
 * are numbered from the oldest, 0 up.
 * @example partOf(0, 2500, 1000) // 2 (the newest part holds the 500 newest stories)
 * @example partOf(2499, 2500, 1000) // 0
 */
export function partOf(place: number, stories: number, size: number): number {
  return Math.floor((stories - 1 - place) / size);
}

/**
 * The places of a part's stories, newest first: the first and the last (inclusive).
 * @example partRange(2, 2500, 1000) // { first: 0, last: 499 }
 * @example partRange(0, 2500, 1000) // { first: 1500, last: 2499 }
 */
export function partRange(part: number, stories: number, size: number): { first: number; last: number } {
  return { first: Math.max(0, stories - (part + 1) * size), last: stories - 1 - part * size };
}

/** One part of a language's index: its number, where its bundle is served, and the places of its stories. */
export interface LanguagePart {
  part: number;
  /** The bundle's folder inside the index folder: '' (the index folder itself) or `part-{n}/`. */
  folder: string;
  /** The archive places of the part's stories that have a version in the language, ascending (newest first). */
  places: number[];
}

/**
 * A language's parts that hold stories, newest first. The newest of them is served from the index folder itself,
 * beside Pagefind's script, so that it is the one the search loads first (`init`); each older part has a folder
 * of its own. A part none of whose stories has a version in the language has no bundle.
 * @example languageParts(5, [1], 2) // [{ part: 2, folder: '', places: [0] }, { part: 1, folder: 'part-1/', places: [2] }, { part: 0, folder: 'part-0/', places: [3, 4] }]
 */
export function languageParts(stories: number, missing: readonly number[], size: number): LanguagePart[] {
  const absent = new Set(missing);
  const parts: LanguagePart[] = [];
  for (let place = 0; place < stories; place++) {
    if (absent.has(place)) continue;
    const part = partOf(place, stories, size);
    const last = parts.at(-1);
    if (last?.part === part) last.places.push(place);
    else parts.push({ part, folder: parts.length ? partFolder(part) : '', places: [place] });
  }
  return parts;
}

/**
 * The folder of an older part's bundle.
 * @example partFolder(3) // 'part-3/'
 */
export function partFolder(part: number): string {
  return `part-${part}/`;
}

/**
 * The value of the `part` filter the search page gives each part's index when it loads it (Pagefind's
 * `mergeFilter`), so that it can ask one part at a time for its records.
 * @example partFilter('ja', 3) // 'ja-3'
 */
export function partFilter(lang: string, part: number): string {
  return `${lang}-${part}`;
}

/**
 * Deals the records of one search for every page in a sort, over several merged indexes, back to each index, in
 * order. Pagefind scores a sorted result by its place in its own index's sort (0, -1, -2, …) and sorts the merged
 * results by score, keeping the order the indexes were merged in for equal scores, so the records come place by
 * place, each place in merge order. `counts`: each index's number of records, in merge order. Undefined when the
 * records do not add up.
 * @example dealRecords(['a0', 'b0', 'a1', 'b1', 'a2'], [3, 2]) // [['a0', 'a1', 'a2'], ['b0', 'b1']]
 */
export function dealRecords<R>(records: readonly R[], counts: readonly number[]): R[][] | undefined {
  if (records.length !== counts.reduce((sum, n) => sum + n, 0)) return undefined;
  const dealt = counts.map((): R[] => []);
  let next = 0;
  for (let place = 0; next < records.length; place++) {
    counts.forEach((count, index) => {
      if (count > place) dealt[index]!.push(records[next++]!);
    });
  }
  return dealt;
}
