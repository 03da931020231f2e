// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind';
import { digestSitemap } from './src/integrations/sitemap';
import { notFoundPages } from './src/integrations/not-found.ts';
import { astroCsp } from './src/lib/csp';
import { cacheDir, outDir } from './src/shared/build-dirs.ts';
import { storyProcessor } from './src/markdown/render-threads.ts';

// Forks set SITE_URL to their own address; canonical URLs, hreflang links, feeds and the sitemap use it.
const site = process.env.SITE_URL || 'https://digest.example.org';

// Where the site and the caches go (DIGEST_OUT_DIR, DIGEST_CACHE_DIR for tests and the benchmark): src/shared/build-dirs.ts.
export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render four at a time: a page's file writes and awaits then overlap another page's rendering, which
    // took page generation from 15-20 s to ~10 s at 1,000 pairs on 2 cores with byte-identical output
    // (docs/performance.md). Astro's default is one page at a time.
    concurrency: 4,
  },
  markdown: {
    // Shiki writes inline style attributes, which the Content-Security-Policy blocks; stories have no code to colour.
    syntaxHighlight: false,
    // The unified (remark/rehype) processor, because our story directives and remark-gfm are remark plugins;
    // it renders on worker threads (src/markdown/render-threads.ts).
    processor: storyProcessor(),
  },
  // A Content-Security-Policy <meta> on every page, with hashes and no 'unsafe-inline' scripts (src/lib/csp.ts).
  security: { csp: astroCsp },
  integrations: [contentChecks(), mdx(), pagefindIndex(), digestSitemap(), notFoundPages()],
});
