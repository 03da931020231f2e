// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.

/*
 * Where a build reads and writes, in one place for astro.config.mjs, the content config, the scripts and the
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
