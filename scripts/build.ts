// `npm run build`: `astro build`, which also builds the search index while it generates the pages
// (src/integrations/pagefind.ts). Arguments are passed on to `astro build`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(astro.status ?? 1);
