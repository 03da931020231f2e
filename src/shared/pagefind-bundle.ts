// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import { locales, type Locale } from './locales.ts';
import { paths } from './urls.ts';

/** `pagefind-entry.json`: the fields we read; pagefind.js also reads the others (kept as they are). */
export interface PagefindEntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [field: string]: unknown;
}

/**
 * Whether a built page has an element marked `data-pagefind-body`. Pagefind indexes every page's whole
 * `<body>` when no page it reads has one, so a run over a language with only fallback pages must not happen.
 * @example hasPagefindBody('<article class="story" data-pagefind-body data-pagefind-filter="language:ja">') // true
 * @example hasPagefindBody('<p>data-pagefind-body</p>') // false
 */
export function hasPagefindBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body(?=[\s=/>])/i.test(html);
}

/**
 * A story page's place in the archive as the index sorts it: the value of its `order` sort
 * (`archiveSortKey`), or undefined for a page without one.
 * @example storyOrderKey('<article data-pagefind-body data-pagefind-sort="order:d01_a">') // 'd01_a'
 */
export function storyOrderKey(html: string): string | undefined {
  return /\sdata-pagefind-sort="order:([^"]*)"/.exec(html)?.[1];
}

/**
 * Which story page a site path is: `/{lang}/articles/{slug}/`, the pages the index holds (not the side-by-side
 * page below it).
 * @example storyPageOf('/ja/articles/ceasefire-talks/') // { lang: 'ja', slug: 'ceasefire-talks' }
 * @example storyPageOf('/ja/articles/ceasefire-talks/parallel/') // undefined
 */
export function storyPageOf(pathname: string): { lang: Locale; slug: string } | undefined {
  for (const lang of locales) {
    const prefix = paths.article(lang, '').slice(0, -1);
    if (!pathname.startsWith(prefix)) continue;
    const slug = pathname.slice(prefix.length).replace(/\/?$/, '');
    return slug && !slug.includes('/') ? { lang, slug } : undefined;
  }
  return undefined;
}

/**
 * The `pagefind-entry.json` for one bundle folder written by several Pagefind runs, one language each. Each
 * run rewrites the entry with its own language only; pagefind.js needs every language in it (the page's own,
 * and the others for `mergeIndex`). Everything else in the entry (version, word characters) comes from the same
 * binary and options, so it must be the same in every run. Languages are sorted by code, as Pagefind writes them.
 * @example mergeEntries([{ lang: 'ja', entry: { version: '1', languages: { ja } } },
 *                       { lang: 'en', entry: { version: '1', languages: { en } } }])
 * // { version: '1', languages: { en, ja } }, where ja's `wasm` is en's (see below)
 */
export function mergeEntries(runs: readonly { lang: string; entry: PagefindEntryFile }[]): PagefindEntryFile {
  const [first] = runs;
  if (!first) throw new Error('No Pagefind run to merge');
  const rest = ({ languages: _, ...fields }: PagefindEntryFile) => JSON.stringify(fields);
  const languages: PagefindEntryFile['languages'] = {};
  for (const { lang, entry } of runs) {
    const written = Object.keys(entry.languages);
    // A page of another language under this language's folder would get an index of its own that a later run
    // overwrites: refuse rather than lose pages from the search.
    if (written.length !== 1 || written[0] !== lang) {
      throw new Error(`The Pagefind run for "${lang}" wrote indexes for: ${written.join(', ') || 'none'}`);
    }
    if (rest(entry) !== rest(first.entry)) {
      throw new Error(`The Pagefind runs for "${first.lang}" and "${lang}" disagree: ${rest(first.entry)} ≠ ${rest(entry)}`);
    }
    languages[lang] = { ...entry.languages[lang]! };
  }
  // Pagefind runs every merged index through the WebAssembly module of the index it loads first, and only a
  // language with a stemmer (English) has a module of its own. Giving that module to the languages without one
  // (Japanese: segmented at index time, nothing to stem) lets the search page load any index first, e.g. the
  // Japanese one for a Japanese query, and still stem the English words it searches for.
  const stemmers = [...new Set(Object.values(languages).flatMap((l) => (l.wasm ? [l.wasm] : [])))];
  if (stemmers.length === 1) for (const l of Object.values(languages)) l.wasm ??= stemmers[0]!;
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // Keep the entry's own field order, so the merged file reads like one Pagefind wrote.
  return Object.fromEntries(Object.entries(first.entry).map(([key, value]) => [key, key === 'languages' ? sorted : value])) as PagefindEntryFile;
}
