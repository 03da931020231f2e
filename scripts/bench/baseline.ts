import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A bare Astro site over the same Markdown files, for the benchmark's side-by-side baseline: Astro's defaults
 * (including its default Markdown processor), one layout, one `[...slug].astro` route over a `glob()`
 * collection, no schema, no integrations, no search, no CSP. It uses this project's installed Astro through a
 * `node_modules` symlink, so both builds run the same Astro version on the same machine.
 */
export function writeBaselineSite(dir: string, contentDir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR,
  cacheDir: process.env.BASELINE_CACHE_DIR,
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(contentDir, 'articles'))} }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/layouts/Layout.astro'),
    `---
const { title, lang } = Astro.props;
---

<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Layout title={entry.data.title} lang={entry.id.split('/').pop()}>
  <h1>{entry.data.title}</h1>
  <Content />
</Layout>
`,
  );
}
