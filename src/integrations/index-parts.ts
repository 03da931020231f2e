// src/integrations/: the search index's parts, built from the story pages as they are generated and kept between builds in the cache folder. Plain Node.
import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
import { codeDigest } from '../shared/code-digest.ts';
import { locales, type Locale } from '../shared/locales.ts';
import { hasPagefindBody, storyOrderKey } from '../shared/pagefind-bundle.ts';
import { partOf, partRange } from '../shared/search-parts.ts';
import { paths } from '../shared/urls.ts';

/** What every part depends on besides its pages: the code that indexes and Pagefind's version. */
export function indexCodeDigest(): string {
  return codeDigest([
    'src/integrations/pagefind.ts',
    'src/integrations/index-parts.ts',
    'src/shared/pagefind-bundle.ts',
    'src/shared/search-parts.ts',
    'node_modules/pagefind/package.json',
  ]);
}

/** One language's part once built: where its bundle is kept, and what it holds. */
export interface BuiltPart {
  lang: Locale;
  part: number;
  /** The bundle folder in the cache, as Pagefind wrote it. */
  folder: string;
  /** Whether an earlier build had written it (its pages were the same), so Pagefind's bundle was not written again. */
  kept: boolean;
  /** Story pages indexed (the real versions: fallback pages are not). */
  pages: number;
}

/**
 * Builds a language's index in parts (src/shared/search-parts.ts) from the story pages as they arrive, in any
 * order, while the rest of the site is still being generated: each part is its own Pagefind index, which gets
 * the part's pages in archive order (Pagefind's files depend on the order pages are added in), is written into
 * the cache folder as soon as its last page arrived, and is then dropped, so that Pagefind holds at most the
 * parts being filled. A part whose pages hash to one an earlier build wrote is not written again. Pagefind runs
 * in a process of its own, beside Astro's: its work takes the core page generation leaves idle.
 */
export class IndexBuilder {
  readonly #slugs: readonly string[];
  readonly #place = new Map<string, number>();
  readonly #size: number;
  readonly cache: PartCache;
  readonly #code: string;
  readonly #runs = new Map<string, PartRun>();
  readonly #seen = new Set<string>();
  /** Per language, the places of the stories whose page there is a fallback (no version in that language). */
  readonly missing = Object.fromEntries(locales.map((l) => [l, [] as number[]])) as Record<Locale, number[]>;

  /** `slugs`: every story, newest first (the archive order, `archiveSortKey`). */
  constructor(slugs: readonly string[], size: number, cache: PartCache, code: string) {
    this.#slugs = slugs;
    slugs.forEach((slug, place) => this.#place.set(slug, place));
    this.#size = size;
    this.cache = cache;
    this.#code = code;
  }

  get stories(): number {
    return this.#slugs.length;
  }

  /** A story page (a version, or a fallback page where the story has no version) of `slug` in `lang` was built. */
  add(lang: Locale, slug: string, html: string): void {
    const place = this.#place.get(slug);
    if (place === undefined) throw new Error(`The search index got a page of a story it was not told of: ${paths.article(lang, slug)}`);
    const seen = `${lang}\u0000${place}`;
    if (this.#seen.has(seen)) return;
    this.#seen.add(seen);
    const part = partOf(place, this.#slugs.length, this.#size);
    const name = `${lang}-${part}`;
    let run = this.#runs.get(name);
    if (!run) {
      const { first, last } = partRange(part, this.#slugs.length, this.#size);
      run = new PartRun(lang, part, first, last, this.#code, this.cache);
      this.#runs.set(name, run);
    }
    if (!hasPagefindBody(html)) this.missing[lang].push(place);
    run.arrive(place, paths.article(lang, slug), html);
  }

  /**
   * Reads the story pages that did not arrive (`read` gives a page's HTML from the built site), waits for every
   * part to be written, and returns the parts that hold pages.
   */
  async finish(read: (lang: Locale, slug: string) => string): Promise<BuiltPart[]> {
    for (const lang of locales) {
      this.#slugs.forEach((slug, place) => {
        if (!this.#seen.has(`${lang}\u0000${place}`)) this.add(lang, slug, read(lang, slug));
      });
    }
    const built = (await Promise.all([...this.#runs.values()].map((run) => run.done()))).filter((p): p is BuiltPart => !!p);
    for (const lang of locales) this.missing[lang].sort((a, b) => a - b);
    checkOrder([...this.#runs.values()]);
    return built;
  }
}

/**
 * Stories must reach the index in archive order: the search page maps a part's i-th record to the part's i-th
 * story. Each part checks its own pages (`PartRun`); this checks that the parts follow each other, newest first.
 */
function checkOrder(runs: readonly PartRun[]): void {
  for (const lang of locales) {
    const ordered = runs.filter((r) => r.lang === lang && r.firstKey).sort((a, b) => b.part - a.part);
    for (let i = 1; i < ordered.length; i++) {
      if (ordered[i]!.firstKey! <= ordered[i - 1]!.lastKey!) {
        throw new Error(
          `The ${lang} stories did not reach the search index in archive order (part ${ordered[i]!.part} starts before part ${ordered[i - 1]!.part} ends)`,
        );
      }
    }
  }
}

/** One part of one language being built: its pages in archive order, its key, its Pagefind index. */
class PartRun {
  readonly lang: Locale;
  readonly part: number;
  /** The next place (archive order, newest first) to give Pagefind, and the last place of the part. */
  #next: number;
  readonly #last: number;
  /** Pages that arrived before the ones ahead of them in archive order. */
  readonly #waiting = new Map<number, { url: string; html: string }>();
  readonly #hash: Hash;
  readonly #cache: PartCache;
  #index: Promise<PagefindIndex> | undefined;
  /** Pagefind's work on this part, in the order the pages were sent. */
  readonly #work: Promise<unknown>[] = [];
  #pages = 0;
  #result: Promise<BuiltPart | undefined> | undefined;
  firstKey: string | undefined;
  lastKey: string | undefined;

  constructor(lang: Locale, part: number, first: number, last: number, code: string, cache: PartCache) {
    this.lang = lang;
    this.part = part;
    this.#next = first;
    this.#last = last;
    this.#cache = cache;
    this.#hash = createHash('sha256').update(`${code}\u0000${lang}`);
  }

  arrive(place: number, url: string, html: string): void {
    this.#waiting.set(place, { url, html });
    for (let page = this.#waiting.get(this.#next); page; page = this.#waiting.get(this.#next)) {
      this.#waiting.delete(this.#next);
      this.#take(page.url, page.html);
      this.#next++;
    }
    if (this.#next > this.#last) this.#result ??= this.#complete();
  }

  #take(url: string, html: string): void {
    // A fallback page is not indexed (it has no data-pagefind-body) and adds nothing to the key.
    if (!hasPagefindBody(html)) return;
    const key = storyOrderKey(html);
    if (!key || (this.lastKey !== undefined && key <= this.lastKey)) {
      throw new Error(`${url} reached the search index out of archive order (its order is "${key}", after "${this.lastKey}")`);
    }
    this.firstKey ??= key;
    this.lastKey = key;
    this.#pages++;
    this.#hash.update(`\u0000${url}\u0000`).update(html);
    this.#index ??= handled(
      createIndex({}).then(({ index, errors }) => {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return index;
      }),
    );
    // Sent at once, in order: Pagefind's process takes its messages one after the other, so the pages reach the
    // index in archive order without waiting for each answer.
    this.#work.push(
      handled(
        this.#index.then(async (index) => {
          const added = await index.addHTMLFile({ url, content: html });
          if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
        }),
      ),
    );
  }

  async #complete(): Promise<BuiltPart | undefined> {
    const work = Promise.all(this.#work);
    if (!this.#index) return undefined;
    const index = this.#index;
    const { folder, kept } = this.#cache.find(this.lang, this.#hash.digest('hex').slice(0, 24));
    try {
      await work;
      if (!kept) {
        await this.#cache.build(folder, async (into) => {
          const written = await (await index).writeFiles({ outputPath: into });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        });
      }
    } finally {
      // Frees what Pagefind held for this part before the next parts fill.
      await (await index).deleteIndex().catch(() => {});
    }
    return { lang: this.lang, part: this.part, folder, kept, pages: this.#pages };
  }

  /** The part once written; undefined when none of its stories has a version in the language. */
  done(): Promise<BuiltPart | undefined> {
    if (!this.#result) throw new Error(`The ${this.lang} part ${this.part} of the search index is missing pages`);
    return this.#result;
  }
}

/**
 * Marks a promise as handled while it waits for the part's end, which awaits it and reports its failure: a
 * failure before then would otherwise end the process as an unhandled rejection, with a bare stack trace.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * The parts kept between builds: `{cacheDir}/search-index/{lang}-{key}/`, each a whole Pagefind bundle folder as
 * one run wrote it. A build keeps the parts it used and removes the others, so the folder holds one build's
 * worth of index.
 */
export class PartCache {
  readonly dir: string;
  readonly #used = new Set<string>();

  constructor(cacheDir: string) {
    this.dir = join(cacheDir, 'search-index');
  }

  /** The folder of a part with this key, and whether a build finished it (its `complete` mark). */
  find(lang: Locale, key: string): { folder: string; kept: boolean } {
    const name = `${lang}-${key}`;
    this.#used.add(name);
    const folder = join(this.dir, name);
    return { folder, kept: existsSync(join(folder, COMPLETE)) };
  }

  /**
   * Has `write` fill a new folder of this process's own for the part, marks it complete and puts it in place
   * under its key once `write` succeeded: a run that fails or is stopped half way leaves nothing that a later
   * build could take for a finished part. (Two builds at once on one cache folder are not supported, as with
   * Astro's own cache; a folder another build is still writing is at least never mistaken for a part.)
   */
  async build(folder: string, write: (into: string) => Promise<void>): Promise<void> {
    const building = `${folder}${BUILDING}${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    try {
      await write(building);
      writeFileSync(join(building, COMPLETE), '');
      rmSync(folder, { recursive: true, force: true });
      renameSync(building, folder);
    } finally {
      rmSync(building, { recursive: true, force: true });
    }
  }

  /** Removes the parts this build did not use (an older version of a part, a story since deleted). */
  prune(): void {
    for (const name of existsSync(this.dir) ? readdirSync(this.dir) : []) {
      if (!this.#used.has(name) && !name.includes(BUILDING)) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
  }
}

/** The mark a finished part carries; Pagefind writes no file of that name. */
const COMPLETE = '.digest-part-complete';
/** Part of the name of a folder being written (followed by the writing process's id). */
const BUILDING = '.building-';

/**
 * Copies a part's bundle into its folder of the site's index, without the part's own mark. `whole`: with
 * Pagefind's script, WebAssembly and UI files (the index folder itself); an older part's folder needs only its
 * entry and index files, which the search page merges into the Pagefind it loaded from the index folder.
 */
export function copyPart(folder: string, outputPath: string, whole: boolean): void {
  const indexFile = /(^|[\\/])(pagefind-entry\.json|[^\\/]+\.pf_meta|index|fragment|filter)([\\/]|$)/;
  cpSync(folder, outputPath, {
    recursive: true,
    filter: (source) => !source.endsWith(COMPLETE) && (whole || source === folder || indexFile.test(source.slice(folder.length))),
  });
}
