import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` with its size, paths relative to `dir` with `/` separators. */
function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size };
    });
}

export interface DistStats {
  totalBytes: number;
  fileCount: number;
  htmlPages: number;
  /** Everything but the search index. */
  siteBytes: number;
  /** dist/pagefind: shared code (JS, CSS, WebAssembly) and each language's index. */
  search: {
    totalBytes: number;
    sharedBytes: number;
    languages: Record<string, { pages: number; bytes: number; files: number; indexBytes: number; fragmentBytes: number }>;
  };
}

/**
 * Sizes of a built site and of its Pagefind index per language. Pagefind names a language's index chunks,
 * fragments, filters and metadata `{lang}_{hash}…` (`index/en_1a2b.pf_index`, `pagefind.en_1a2b.pf_meta`) and its
 * WebAssembly `wasm.{lang}.pagefind`; everything else in the folder is shared.
 */
export function distStats(dist: string): DistStats {
  const all = files(dist);
  const search = all.filter((f) => f.path.startsWith('pagefind/'));
  let languages: DistStats['search']['languages'] = {};
  try {
    // Every folder of the index in parts (src/shared/search-parts.ts) has an entry for the parts it holds.
    const entries = search
      .filter((f) => f.path.endsWith('pagefind-entry.json'))
      .map((f) => JSON.parse(readFileSync(join(dist, f.path), 'utf8')) as { languages: Record<string, { page_count: number }> });
    const pages = new Map<string, number>();
    for (const entry of entries)
      for (const [lang, info] of Object.entries(entry.languages)) pages.set(lang, (pages.get(lang) ?? 0) + info.page_count);
    languages = Object.fromEntries(
      [...pages].map(([lang, count]) => {
        const mine = search.filter((f) => {
          const name = f.path.split('/').pop() ?? '';
          return name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;
        });
        const sum = (list: typeof mine) => list.reduce((s, f) => s + f.bytes, 0);
        return [
          lang,
          {
            pages: count,
            bytes: sum(mine),
            files: mine.length,
            indexBytes: sum(mine.filter((f) => f.path.endsWith('.pf_index'))),
            fragmentBytes: sum(mine.filter((f) => f.path.endsWith('.pf_fragment'))),
          },
        ];
      }),
    );
  } catch {
    // No search index (the baseline site).
  }
  const searchTotal = search.reduce((s, f) => s + f.bytes, 0);
  const perLanguage = Object.values(languages).reduce((s, l) => s + l.bytes, 0);
  const totalBytes = all.reduce((s, f) => s + f.bytes, 0);
  return {
    totalBytes,
    fileCount: all.length,
    htmlPages: all.filter((f) => f.path.endsWith('.html') && !f.path.startsWith('pagefind/')).length,
    siteBytes: totalBytes - searchTotal,
    search: { totalBytes: searchTotal, sharedBytes: searchTotal - perLanguage, languages },
  };
}

/**
 * The story page of median HTML size in `lang` (`/{lang}/articles/{slug}/`): a typical page, not the shortest
 * or the longest.
 */
export function typicalStoryPage(dist: string, lang: string): string | undefined {
  const dir = join(dist, lang, 'articles');
  let slugs: string[];
  try {
    slugs = readdirSync(dir);
  } catch {
    return undefined;
  }
  const sized = slugs
    .map((slug) => ({ slug, bytes: statSync(join(dir, slug, 'index.html'), { throwIfNoEntry: false })?.size ?? -1 }))
    .filter((s) => s.bytes >= 0)
    .sort((a, b) => a.bytes - b.bytes || a.slug.localeCompare(b.slug));
  const median = sized[Math.floor(sized.length / 2)];
  return median ? `/${lang}/articles/${median.slug}/` : undefined;
}
