// What the rendered HTML of a story depends on besides the story file itself, as a hash that Astro's content
// cache can compare (see storyProcessor in ./parallel.ts). Plain Node.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, from this file's place in it (src/markdown/). */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folders whose code renders a story: our remark/rehype plugins (src/markdown/) and the plain-Node modules
 * they read (src/shared/: directives, the sanitiser schema, the glossary matcher, the UI strings of labels).
 * The lockfile stands for the versions of remark, rehype and the other libraries of the pipeline.
 */
const renderInputs = ['src/markdown', 'src/shared', 'package-lock.json'];

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
 * A short hash of the code and library versions that render a story (file names and contents). Astro's content
 * cache keys each story on its own file and clears itself only when the config or Astro's version changes;
 * putting this hash into the config means that a change to a plugin re-renders every story on the next build
 * instead of serving HTML made by the old code.
 * @example renderCodeDigest() // '3f9a1c0b7d2e4a65' (16 hex digits)
 */
export function renderCodeDigest(root: string = projectRoot): string {
  const hash = createHash('sha256');
  for (const input of renderInputs) {
    for (const file of filesUnder(join(root, input))) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue; // A fork without a lockfile: the versions are not known, the code still is.
      }
      hash
        .update(`${relative(root, file).split('\\').join('/')}\u0000`)
        .update(bytes)
        .update('\u0000');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
