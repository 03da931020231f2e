import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** The folder inside the build output that holds the search index; the search page loads it from here. */
export const pagefindFolder = 'pagefind';

/** What `pagefind-entry.json` says about each language index (the parts we report on). */
interface EntryJson {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Builds the Pagefind search index as the last step of `astro build`, into `{outDir}/pagefind/`, so that any
 * build (the real site, the test fixture, the benchmark, each with its own DIGEST_OUT_DIR) is searchable
 * without a second command, and the index is never committed or copied into `public/`.
 *
 * Pagefind's Node API runs `pagefind_extended` when the platform package ships it (it does on every platform
 * the npm package supports), which segments Japanese into words at index time. Pagefind splits the index by
 * each page's `<html lang>`, so Japanese and English keep their own index, segmentation and stemming; the
 * search page merges them in the browser. Only elements marked `data-pagefind-body` (real story pages) are
 * indexed: Pagefind skips every page without one as soon as any page has it.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'digest:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              // Astro inlines small bundled scripts into the HTML; a strict Content Security Policy (no
              // 'unsafe-inline') would then block them. Keep every script an external module; other assets keep
              // Vite's default rule (returning undefined falls back to it).
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await createIndex({});
          if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          const { index } = created;
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const outputPath = join(outDir, pagefindFolder);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryJson;
          const perLanguage = Object.entries(entry.languages)
            .map(([lang, info]) => `${lang}: ${info.page_count}`)
            .join(', ');
          logger.info(
            `Read ${added.page_count} pages; indexed stories per language: ${perLanguage || 'none'}; wrote ${outputPath} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          // The Pagefind service is a child process; leaving it running would keep `astro build` from exiting.
          await close();
        }
      },
    },
  };
}
