// Builds the Pagefind search index of an already built site, as the last step of `npm run build`
// (scripts/build.ts), or by hand after a plain `astro build` that skipped it:
//
//   node scripts/search-index.ts dist [cache folder]
//
// The index is the same as the one `astro build` writes itself (src/integrations/pagefind.ts): both run
// `buildSearchIndex`.
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { cacheDir } from '../src/shared/build-dirs.ts';

/** Astro-style log lines (`12:00:00 [digest:pagefind] …`), so a build log reads the same either way. */
const searchIndexLogger = {
  info: (message: string) => console.log(`${time()} [digest:pagefind] ${message}`),
  warn: (message: string) => console.warn(`${time()} [digest:pagefind] ${message}`),
};

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}

/**
 * Builds the index of the site in `dir`, keeping its parts in `cache` for the next build; on failure says why on
 * one line and exits with 1, no stack trace.
 */
export async function indexBuiltSite(dir: string, cache: string): Promise<void> {
  try {
    await buildSearchIndex(resolve(dir), searchIndexLogger, resolve(cache));
  } catch (error) {
    searchIndexLogger.warn(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (import.meta.main) {
  const [dir, cache = cacheDir] = process.argv.slice(2);
  if (!dir) {
    console.error(
      'Usage: node scripts/search-index.ts <built site folder, e.g. dist> [cache folder, default DIGEST_CACHE_DIR or node_modules/.astro]',
    );
    process.exit(2);
  }
  await indexBuiltSite(dir, cache);
}
