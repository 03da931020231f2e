// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
// The data folders the Markdown workers read for themselves (content/glossary/, content/timelines/): every
// YAML file, read synchronously, and a hash of them for Astro's content cache key (src/markdown/render-threads.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

/** One YAML file of a data folder: its id (the file name), path, text and data (undefined when the YAML is broken). */
export interface YamlFile {
  id: string;
  file: string;
  text: string;
  data: unknown;
}

/** The `.yaml`/`.yml` file names of a folder, sorted; none when the folder does not exist. */
export function yamlFileNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every YAML file of a folder, parsed leniently: a broken file is reported by the content checks, which stop the
 * build, and reading must not fail on it.
 */
export function readYamlFolder(dir: string): YamlFile[] {
  return yamlFileNames(dir).map((name) => {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = jsyaml.load(text);
    } catch {
      data = undefined;
    }
    return { id: name.replace(/\.ya?ml$/, ''), file, text, data };
  });
}

/** A short hash of a data folder's files (names and contents). */
export function yamlFolderDigest(files: readonly YamlFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.id}\u0000${f.text}\u0000`);
  return hash.digest('hex').slice(0, 16);
}
