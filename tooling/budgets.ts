// tooling/: code the tests and the benchmark share (the site never imports it); each file runs in plain Node.
/**
 * The performance budgets, in one place: the benchmark reports against them and the build-level
 * budget test (tests/build/budget.test.ts) enforces the page-level ones.
 */

/** A story page: HTML and CSS together, compressed (gzip, the weaker of the two encodings hosts use). */
export const STORY_HTML_CSS_COMPRESSED_BYTES = 30 * 1024;

/**
 * The only JavaScript a page may load, by the bundle Astro names after the component that holds the script.
 * Anything else (a framework island, an analytics snippet, an inline script) fails the budget test.
 */
export const allowedScripts = {
  /** The copy-link and print buttons of the share bar (src/client/share.ts). */
  share: /^\/_astro\/ShareBar\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/,
  /** The search page (src/client/search.ts), and the Pagefind files it loads from the index folder. */
  search: /^\/_astro\/search\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/,
  /** Marks the section being read in a story's table of contents (src/client/toc.ts); the links work without it. */
  toc: /^\/_astro\/TableOfContents\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/,
  /** The order toggle of the side-by-side reading (src/client/parallel.ts); the page reads without it. */
  parallel: /^\/_astro\/ParallelReading\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/,
} as const;

/** Scripts a story page may load: the share bar's enhancement and the table of contents' highlight. */
export const storyPageScripts: readonly RegExp[] = [allowedScripts.share, allowedScripts.toc];

/** Goals the benchmark reports against; a miss is reported, not failed (timings depend on the machine). */
export const goals = {
  /** 10,000 story pairs (20,000 story pages) built and indexed, on 2 cores. */
  buildSecondsAt10kPairs: 120,
  peakMemoryBytes: 3 * 1024 ** 3,
  /** Our build time over a bare Astro build of the same Markdown. */
  ratioToBaseline: 1.5,
  /**
   * Our build and index over the peer: a bare Astro build of the same Markdown plus the Pagefind CLI over its
   * output, timed in the same run. The goal, and the ratio at which the speed work counts as done.
   */
  ratioToPeer: 1.5,
  ratioToPeerDone: 1.75,
  /** Our search over Pagefind's own front ends on the same index (scripts/bench/search.ts, `vsPagefind`). */
  searchRatioToPagefind: 1.25,
  /** From the query to the first results on screen, once the index is loaded. */
  firstResultsMs: 300,
} as const;
