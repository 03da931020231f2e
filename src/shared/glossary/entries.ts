// The glossary as plain data, read in plain Node: the Markdown workers (first-mention links), the content
// checker and the pages all use the same entries and the same matcher (./matcher.ts).
import { join } from 'node:path';
import type { Locale } from '../locales.ts';
import { readYamlFolder, yamlFolderDigest, type YamlFile } from '../yaml-folder.ts';

/** What a glossary entry is; the glossary page groups entries by kind, in this order. */
export const glossaryKinds = ['person', 'place', 'organisation', 'term'] as const;
export type GlossaryKind = (typeof glossaryKinds)[number];

/** The part of an entry the matcher needs: its id, kind and every spelling per language. */
export interface GlossaryTerms {
  id: string;
  kind: GlossaryKind;
  /** Warn when only one version of a story names it (always for names, for terms only with `pair: true`). */
  pair: boolean;
  names: Record<Locale, { name: string; variants: readonly string[] }>;
}

/** The folder of glossary entries inside a content tree. */
export const glossaryDir = (contentDir: string) => join(contentDir, 'glossary');

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];

const sideOf = (value: unknown) => {
  const side = (value ?? {}) as { name?: unknown; variants?: unknown };
  return { name: typeof side.name === 'string' ? side.name.trim() : '', variants: strings(side.variants) };
};

/**
 * The matcher's view of one entry's YAML data. Lenient on purpose: a broken entry is reported by the schema
 * (`npm run check`), and matching must not fail because of it.
 * @example termsOf('witkoff', { kind: 'person', ja: { name: 'ウィトコフ' }, en: { name: 'Witkoff' } }).names.en.name // 'Witkoff'
 */
export function termsOf(id: string, data: unknown): GlossaryTerms {
  const d = (data ?? {}) as Record<string, unknown>;
  const kind = glossaryKinds.includes(d['kind'] as GlossaryKind) ? (d['kind'] as GlossaryKind) : 'term';
  return {
    id,
    kind,
    pair: kind !== 'term' || d['pair'] === true,
    names: { ja: sideOf(d['ja']), en: sideOf(d['en']) },
  };
}

/** One entry file as read: its id, the source text and the parsed data (undefined when the YAML is broken). */
export type GlossarySource = YamlFile;

/** Every entry file of `content/glossary/`, read synchronously (a worker thread reads them once when it starts). */
export function readGlossarySources(contentDir: string): GlossarySource[] {
  return readYamlFolder(glossaryDir(contentDir));
}

/** Every entry's terms, from the content tree's glossary folder. */
export function readGlossary(contentDir: string): GlossaryTerms[] {
  return readGlossarySources(contentDir).map((s) => termsOf(s.id, s.data));
}

/**
 * A short hash of the glossary files (names and contents). Rendered story HTML depends on the glossary (the
 * first-mention links), so it goes into what Astro's content cache keys on (src/markdown/render-threads.ts).
 */
export function glossaryDigest(contentDir: string): string {
  return yamlFolderDigest(readGlossarySources(contentDir));
}
