// src/integrations/: the search index's parts, each kept between builds in the cache folder. Plain Node.
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest } from '../shared/code-digest.ts';
import type { Locale } from '../shared/locales.ts';
import { storyPagesGlob } from '../shared/pagefind-bundle.ts';

/**
 * The story pages one Pagefind run indexes into one bundle. For now a language's part holds all its story
 * pages, so the index is the one bundle per language it always was; a part is kept between builds and built
 * again only when something it depends on changed (`partKey`).
 */
export interface IndexPart {
  lang: Locale;
  /** The built pages it indexes, relative to the output folder, in sorted order. */
  pages: string[];
}

/**
 * Every story page of a language in a built site, as `storyPagesGlob(lang)` finds them: relative to the output
 * folder, sorted.
 * @example storyPages('dist', 'ja') // ['ja/articles/ceasefire-talks/index.html', …]
 */
export function storyPages(outDir: string, lang: Locale): string[] {
  const [before, after] = storyPagesGlob(lang).split('*') as [string, string];
  let slugs: string[];
  try {
    slugs = readdirSync(join(outDir, before));
  } catch {
    return [];
  }
  return slugs
    .sort()
    .map((slug) => `${before}${slug}${after}`)
    .filter((page) => existsSync(join(outDir, page)));
}

/** What every part depends on besides its pages: the code that indexes and Pagefind's version. */
export function indexCodeDigest(): string {
  return codeDigest([
    'src/integrations/pagefind.ts',
    'src/integrations/index-parts.ts',
    'src/shared/pagefind-bundle.ts',
    'node_modules/pagefind/package.json',
  ]);
}

/**
 * A part's key: a hash of its pages (names and bytes, everything Pagefind reads of them) and of `code`
 * (`indexCodeDigest`). Pagefind writes the same files for the same pages (the index's file names are hashes of
 * their contents), so a part with the same key is the same bundle.
 */
export function partKey(outDir: string, part: IndexPart, code: string): string {
  const hash = createHash('sha256').update(`${code}\u0000${part.lang}`);
  // Read through one buffer: reading each page whole left this process ~100 MB heavier at 10,000 pairs while
  // Pagefind, the build's largest process, ran beside it.
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (const page of part.pages) {
    hash.update(`\u0000${page}\u0000`);
    const fd = openSync(join(outDir, page), 'r');
    try {
      for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
    } finally {
      closeSync(fd);
    }
  }
  return hash.digest('hex').slice(0, 24);
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
  find(part: IndexPart, key: string): { folder: string; kept: boolean } {
    const name = `${part.lang}-${key}`;
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

/** Copies a part's bundle into the site's bundle folder, without the part's own mark. */
export function copyPart(folder: string, outputPath: string): void {
  cpSync(folder, outputPath, { recursive: true, filter: (source) => !source.endsWith(COMPLETE) });
}
