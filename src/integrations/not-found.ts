// src/integrations/: what `astro build` runs besides pages: the content checks, the Pagefind index, the sitemap, the 404 files.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../shared/locales.ts';

/**
 * Moves each language's not-found page from `{lang}/404/index.html` (where `build.format: 'directory'` writes
 * `src/pages/[lang]/404.astro`) to `{lang}/404.html`, the name hosts look for: Cloudflare Pages serves the
 * nearest `404.html` up the path, Netlify can map `/en/*` to `/en/404.html` (docs/hosting.md). Astro names only
 * the root `404.astro` that way. Listed after the sitemap, which reads the built pages (and leaves these out,
 * as they are `noindex`).
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'digest:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of locales) {
          const from = join(out, lang, '404', 'index.html');
          if (!existsSync(from)) continue;
          renameSync(from, join(out, lang, '404.html'));
          rmdirSync(join(out, lang, '404'));
        }
      },
    },
  };
}
