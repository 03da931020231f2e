// `npm run build`: the site with `astro build`, then its search index, in that order and in separate processes.
//
// Both steps hold most of what they read in memory, Astro its content and pages, Pagefind every page of a
// language, so letting Pagefind start only once Astro has exited keeps a large archive's peak memory to the
// larger of the two instead of their sum (docs/performance.md). Plain `astro build` still indexes on its own,
// at its end (src/integrations/pagefind.ts). Arguments are passed on to `astro build`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, outDir } from '../src/shared/build-dirs.ts';
import { indexBuiltSite } from './search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DIGEST_SEARCH_INDEX: 'after-astro' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

// The folders astro.config.mjs builds into and keeps its caches in.
await indexBuiltSite(resolve(root, outDir), resolve(root, cacheDir));
