import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, relative to it with `/` separators, sorted (so test output is stable).
 * @example listFiles(dist) // ['404.html', '_astro/global.css', 'en/index.html', …]
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** The built HTML pages of a site, without Pagefind's folder (it holds no pages of ours). */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}
