// src/integrations/: the Pagefind index, built by `astro build` as it generates the pages, or from a built site by scripts/search-index.ts (plain Node).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { searchPartSize } from '../shared/build-dirs.ts';
import { locales, type Locale } from '../shared/locales.ts';
import { mergeEntries, storyOrderKey, storyPageOf, type PagefindEntryFile } from '../shared/pagefind-bundle.ts';
import { languageParts } from '../shared/search-parts.ts';
import { paths } from '../shared/urls.ts';
import { copyPart, IndexBuilder, indexCodeDigest, PartCache, type BuiltPart } from './index-parts.ts';

/** The folder inside the build output that holds the search index; the search page loads it from here. */
export const pagefindFolder = 'pagefind';

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
 * Builds the Pagefind search index into `{outDir}/pagefind/` as part of `astro build`, so that any build (the
 * real site, the test fixture, the benchmark, each with its own DIGEST_OUT_DIR) is searchable without a second
 * command, and the index is never committed or copied into `public/`.
 *
 * The index is built while the pages are: Astro hands each page it renders to this integration's prerenderer
 * (a thin wrapper around Astro's own), which passes the story pages on to an `IndexBuilder`
 * (./index-parts.ts). That gives Pagefind, a process of its own, the core Astro's page generation leaves idle;
 * what remains once Astro has written the last page is the last parts' writing and the copy into `dist/`.
 *
 * Pagefind's Node API runs `pagefind_extended` when the platform package ships it (it does on every platform the
 * npm package supports), which segments Japanese into words at index time. Each language has its own indexes,
 * with its own segmentation and stemming; the search page merges them in the browser. Only the story pages'
 * `data-pagefind-body` is indexed; fallback pages (a story with no version in that language) are not.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  let builder: IndexBuilder | undefined;
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
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          name: 'digest:search-index',
          setup: async () => astro.setup?.(),
          getStaticPaths: async () => {
            const all = await astro.getStaticPaths();
            const slugOf = new Map<(typeof all)[number], string>();
            for (const path of all) {
              const story = storyPageOf(path.pathname);
              if (story) slugOf.set(path, story.slug);
            }
            // Every story, newest first: the story pages' route lists them in archive order (the index checks it).
            builder = new IndexBuilder([...new Set(slugOf.values())], searchPartSize, new PartCache(cacheDir), indexCodeDigest());
            // The story pages first, so that Pagefind starts early and indexes while the other pages are generated
            // (Astro generates the paths in this order; each page is rendered on its own, so the order changes no
            // page).
            return [...all.filter((path) => slugOf.has(path)), ...all.filter((path) => !slugOf.has(path))];
          },
          render: async (request, options) => {
            const rendered = await astro.render(request, options);
            const story = builder && storyPageOf(new URL(request.url).pathname);
            const response = rendered instanceof Response ? rendered : rendered.response;
            if (!builder || !story || !response.ok || !response.body) return rendered;
            const html = await response.text();
            builder.add(story.lang, story.slug, html);
            const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
            return rendered instanceof Response ? copy : { ...rendered, response: copy };
          },
          teardown: async () => astro.teardown?.(),
          ...(astro.collectStaticImages ? { collectStaticImages: () => astro.collectStaticImages!() } : {}),
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger, cacheDir, builder);
      },
    },
  };
}

/**
 * Finishes the search index of the site in `outDir`: the parts `streamed` was given while Astro generated the
 * pages, or, without it (scripts/search-index.ts on an already built site), every part from the built pages.
 * Story pages the builder did not get (a page Astro did not render) are read from `outDir`. Each part's bundle
 * is kept in `cacheDir` and reused by the next build when its pages, the indexing code and Pagefind's version
 * are the same; it is copied to the folder `languageParts` gives it, and each folder gets one entry for its
 * languages.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
  cacheDir: string,
  streamed?: IndexBuilder,
): Promise<void> {
  const started = performance.now();
  const outputPath = join(outDir, pagefindFolder);
  const builder = streamed ?? new IndexBuilder(archiveOfBuiltSite(outDir), searchPartSize, new PartCache(cacheDir), indexCodeDigest());
  let parts: BuiltPart[];
  try {
    parts = await builder.finish((lang, slug) => readFileSync(join(outDir, paths.article(lang, slug).slice(1), 'index.html'), 'utf8'));
  } finally {
    // Ends Pagefind's process: one left running would keep `astro build` from exiting.
    await close();
  }
  builder.cache.prune();
  if (!parts.length) {
    // Still write Pagefind's files, with no language in the entry, so that the search page of a site without
    // stories yet loads and finds nothing instead of failing to load.
    await runPagefind(outputPath);
    logger.warn(`No stories to index: wrote an empty search index to ${outputPath}.`);
    return;
  }
  const folders = new Map<string, { lang: Locale; entry: PagefindEntryFile }[]>();
  for (const lang of locales) {
    for (const { part, folder } of languageParts(builder.stories, builder.missing[lang], searchPartSize)) {
      const built = parts.find((p) => p.lang === lang && p.part === part);
      if (!built) throw new Error(`The ${lang} part ${part} of the search index was not built`);
      copyPart(built.folder, join(outputPath, folder), folder === '');
      const entry = JSON.parse(readFileSync(join(built.folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
      folders.set(folder, [...(folders.get(folder) ?? []), { lang, entry }]);
    }
  }
  for (const [folder, runs] of folders) {
    await writeFile(join(outputPath, folder, 'pagefind-entry.json'), JSON.stringify(mergeEntries(runs)));
  }
  const ms = Math.round(performance.now() - started);
  const summary = locales
    .map((lang) => {
      const own = parts.filter((p) => p.lang === lang);
      const kept = own.filter((p) => p.kept).length;
      return `${own.reduce((n, p) => n + p.pages, 0)} ${lang} stories in ${own.length} part(s)${kept ? `, ${kept} kept from an earlier build` : ''}`;
    })
    .join('; ');
  logger.info(`Wrote the search index (${summary}) to ${outputPath}; ${ms} ms after the last page`);
}

/**
 * The stories of a built site, newest first, from its story pages: every slug with a page in some language,
 * ordered by the `order` sort of one of its real versions.
 */
function archiveOfBuiltSite(outDir: string): string[] {
  const keys = new Map<string, string>();
  for (const lang of locales) {
    const folder = join(outDir, paths.article(lang, '').slice(1, -1));
    const slugs = existsSync(folder) ? readdirSync(folder) : [];
    for (const slug of slugs) {
      if (keys.has(slug)) continue;
      const file = join(folder, slug, 'index.html');
      const key = existsSync(file) ? storyOrderKey(readFileSync(file, 'utf8')) : undefined;
      if (key) keys.set(slug, key);
    }
  }
  return [...keys].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([slug]) => slug);
}
