// src/integrations/: the Pagefind index, built by `astro build` or, after it, by scripts/search-index.ts (plain Node).
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { locales, type Locale } from '../shared/locales.ts';
import { hasPagefindBody, mergeEntries, storyPagesGlob, type PagefindEntryFile } from '../shared/pagefind-bundle.ts';
import { copyPart, indexCodeDigest, PartCache, partKey, storyPages } from './index-parts.ts';

/** The folder inside the build output that holds the search index; the search page loads it from here. */
export const pagefindFolder = 'pagefind';

/**
 * Whether any built story page of `lang` is a real story (has `data-pagefind-body`), not a fallback. Reads the
 * pages only until it finds one: normally the first.
 */
async function hasStories(outDir: string, lang: Locale): Promise<boolean> {
  const articles = join(outDir, lang, 'articles');
  const slugs = await readdir(articles).catch(() => []);
  for (const slug of slugs) {
    const html = await readFile(join(articles, slug, 'index.html'), 'utf8').catch(() => '');
    if (hasPagefindBody(html)) return true;
  }
  return false;
}

/**
 * One Pagefind process: adds what `add` gives it (nothing for an empty bundle), writes the bundle folder, and
 * returns the entry it wrote. The process always ends, which frees all it held before the next run starts; a
 * process left running would also keep `astro build` from exiting.
 */
async function runPagefind(outputPath: string, add?: (index: PagefindIndex) => Promise<void>): Promise<PagefindEntryFile> {
  try {
    const created = await createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    await add?.(created.index);
    const written = await created.index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
  } finally {
    await close();
  }
}

/**
 * Indexes the story pages of one language in a Pagefind process of its own and writes them into the bundle
 * folder. Returns the entry that run wrote (its language only) and how many pages it read.
 */
async function indexLanguage(outDir: string, outputPath: string, lang: Locale) {
  let read = 0;
  const entry = await runPagefind(outputPath, async (index) => {
    const added = await index.addDirectory({ path: outDir, glob: storyPagesGlob(lang) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${lang}: ${added.errors.join('; ')}`);
    read = added.page_count;
  });
  return { entry, read };
}

/**
 * Builds the Pagefind search index as the last step of `astro build`, into `{outDir}/pagefind/`, so that any
 * build (the real site, the test fixture, the benchmark, each with its own DIGEST_OUT_DIR) is searchable
 * without a second command, and the index is never committed or copied into `public/`.
 *
 * Pagefind's Node API runs `pagefind_extended` when the platform package ships it (it does on every platform
 * the npm package supports), which segments Japanese into words at index time. Each language has its own
 * index (Pagefind splits by `<html lang>`), with its own segmentation and stemming; the search page merges
 * them in the browser. Only elements marked `data-pagefind-body` (real story pages) are indexed.
 *
 * Each language is indexed by its own Pagefind process, one after the other, into the same folder, reading only
 * that language's story pages: Pagefind holds every page it read until it writes, and a second copy of the
 * indexed ones while it builds, so one process over the whole folder peaked at 7.0–7.9 GiB at 10,000 pairs where
 * the Japanese run alone peaks at 5.8 GiB (English 2.5). The files are the same bytes either way: every index
 * file is named after its language, and the shared files (pagefind.js, the WebAssembly) are the same for every
 * run. Only `pagefind-entry.json`, which each run rewrites with its own language, is merged afterwards.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'digest:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
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
        // `npm run build` (scripts/build.ts) indexes after Astro has exited, so that the two never hold their
        // memory at the same time; plain `astro build` (the tests, `astro build` by hand) indexes here.
        if (process.env['DIGEST_SEARCH_INDEX'] === 'after-astro') {
          logger.info('Search index: left to scripts/build.ts, which builds it once Astro has exited.');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), logger, cacheDir);
      },
    },
  };
}

/**
 * Indexes each language that has stories, one Pagefind run at a time, then writes one entry for them all. Each
 * language's bundle is kept in `cacheDir` (./index-parts.ts) and reused by the next build when its story pages,
 * the indexing code and Pagefind's version are the same.
 */
export async function buildSearchIndex(outDir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>, cacheDir: string): Promise<void> {
  const started = performance.now();
  const outputPath = join(outDir, pagefindFolder);
  const cache = new PartCache(cacheDir);
  const code = indexCodeDigest();
  const runs: { lang: Locale; entry: PagefindEntryFile }[] = [];
  for (const lang of locales) {
    // Pagefind skips pages without data-pagefind-body only when some page it read has one: in a language with
    // no real story it would index the whole of its fallback pages instead.
    if (!(await hasStories(outDir, lang))) {
      logger.warn(`No ${lang} stories to index; the search has no ${lang} index.`);
      continue;
    }
    const languageStarted = performance.now();
    const part = { lang, pages: storyPages(outDir, lang) };
    const { folder, kept } = cache.find(part, partKey(outDir, part, code));
    let read = 0;
    if (!kept) await cache.build(folder, async (into) => void ({ read } = await indexLanguage(outDir, into, lang)));
    copyPart(folder, outputPath);
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
    runs.push({ lang, entry });
    const ms = Math.round(performance.now() - languageStarted);
    const stories = entry.languages[lang]?.page_count ?? 0;
    logger.info(
      kept
        ? `Kept the ${lang} index of an earlier build: its ${stories} stories are unchanged (${ms} ms)`
        : `Indexed ${stories} ${lang} stories (${read} pages read) in ${ms} ms`,
    );
  }
  cache.prune();
  if (!runs.length) {
    // Still write Pagefind's files, with no language in the entry, so that the search page of a site without
    // stories yet loads and finds nothing instead of failing to load.
    await runPagefind(outputPath);
    logger.warn(`No stories to index: wrote an empty search index to ${outputPath}.`);
    return;
  }
  await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(mergeEntries(runs)));
  const ms = Math.round(performance.now() - started);
  logger.info(`Wrote the search index (${runs.map((r) => r.lang).join(', ')}) to ${outputPath} in ${ms} ms`);
}
