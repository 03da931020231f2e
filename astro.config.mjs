// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { storyMarkdown } from './src/markdown';

// Forks set SITE_URL to their own address; canonical URLs, hreflang links, feeds and the sitemap use it.
const site = process.env.SITE_URL || 'https://digest.example.org';

// Build-level tests and the benchmark build other content trees with the same code: they set
// DIGEST_CONTENT_DIR and DIGEST_OUT_DIR, and keep their content cache apart from the real site's.
const outDir = process.env.DIGEST_OUT_DIR || './dist';
const cacheDir = process.env.DIGEST_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The unified (remark/rehype) processor, because our story directives and remark-gfm are remark plugins.
    processor: unified(storyMarkdown),
  },
  integrations: [mdx()],
});
