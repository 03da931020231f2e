// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.

/*
 * Where a build reads and writes, and how it cuts the search index, in one place for astro.config.mjs, the content config, the scripts and the
 * search index. Build-level tests and the benchmark build other content trees with the same code: they set
 * DIGEST_CONTENT_DIR, DIGEST_OUT_DIR and DIGEST_CACHE_DIR, and keep their output and caches apart from the real
 * site's. Relative to the project root.
 */

/** The editors' content: `content/` for the real site, a fixture or generated tree for tests and the benchmark. */
export const contentDir: string = process.env['DIGEST_CONTENT_DIR'] || 'content';

/** The built site. */
export const outDir: string = process.env['DIGEST_OUT_DIR'] || './dist';

/** Astro's content cache, and the search index's parts kept between builds (src/integrations/index-parts.ts). */
export const cacheDir: string = process.env['DIGEST_CACHE_DIR'] || './node_modules/.astro';

/**
 * Stories in one part of the search index (src/shared/search-parts.ts), for each language. Pagefind needs about 0.65 MiB per Japanese page
 * (1,000 pages: 0.7 GiB; English about a third of it) while it builds an index, and a part of each language is
 * built at the same time. DIGEST_SEARCH_PART_SIZE sets another size (the tests use a small one, so that their
 * few stories make several parts).
 */
export const searchPartSize: number = partSize(process.env['DIGEST_SEARCH_PART_SIZE']);

function partSize(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 1000;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`DIGEST_SEARCH_PART_SIZE must be a whole number of stories, 1 or more; it is "${setting}".`);
  }
  return size;
}
