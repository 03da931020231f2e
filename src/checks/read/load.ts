// read/: the readers. They turn files into facts (text blocks, links, YAML with lines) and say what is wrong as data; no message is written here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the content folder. */
export interface ContentFile {
  /** Path relative to the content folder, with `/` separators, e.g. `articles/talks/ja.md`. */
  path: string;
  /** The bytes of the files the checker reads (Markdown, MDX, YAML); absent for other files such as images. */
  bytes?: Uint8Array;
  /** Or a way to read them when needed, so that a large tree is never held in memory at once. */
  read?: () => Uint8Array;
  /** Why the file could not be read, if it could not. */
  readError?: string;
}

/** The files whose text the checker reads; everything else (images…) is only listed. */
const textFile = /\.(md|mdx|ya?ml)$/i;

/**
 * Lists a content folder for {@link checkContent}: every file (hidden ones and `node_modules` skipped). The text
 * of Markdown, MDX and YAML files is read only when the checker gets to it, so that a large tree is never
 * held in memory at once; a file that cannot be read (a broken link, no permission) is reported then.
 */
export function loadContent(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  // `prefix` is the folder's path relative to `dir`, with `/` separators (built up, not recomputed per file).
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      const path = prefix + entry.name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(full).isDirectory();
        } catch {
          // A broken link: reading it reports the problem.
        }
      }
      if (isDir) walk(full, `${path}/`);
      else files.push(textFile.test(entry.name) ? { path, read: () => readFileSync(full) } : { path });
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether a file exists in the site's `public/` folder (undefined when there is none to check against). */
export function publicFileIn(publicDir: string | undefined): ((path: string) => boolean) | undefined {
  return publicDir ? (path) => existsSync(join(publicDir, path)) : undefined;
}
