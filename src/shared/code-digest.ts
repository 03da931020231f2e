// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, from this file's place in it (src/shared/). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : [])).sort();
}

/**
 * A short hash of the names and contents of files and folders under `root`: what a cache keys the code that
 * made its entries on, so that a change to that code (or to a library's version, through a lockfile or a
 * package.json) invalidates them. A missing input is left out (a fork without a lockfile).
 * @example codeDigest(['src/markdown', 'package-lock.json']) // '3f9a1c0b7d2e4a65' (16 hex digits)
 */
export function codeDigest(inputs: readonly string[], root: string = projectRoot): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesUnder(join(root, input))) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue;
      }
      hash
        .update(`${relative(root, file).split('\\').join('/')}\u0000`)
        .update(bytes)
        .update('\u0000');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
