import { glossaryConflicts, type GlossaryConflict, type GlossaryMatcher, type GlossaryTerms, type Mention } from '../../shared/glossary/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { flatten, type TextBlock } from '../read/text.ts';
import type { YamlSource } from '../read/yaml-source.ts';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';

// The glossary (content/glossary/{id}.yaml) against the stories: one spelling per name, the same names in both
// versions of a story, no entry that nothing mentions, and no spelling claimed by two entries. Mentions are
// found by the shared matcher (src/shared/glossary/matcher.ts), as the site finds them.

const languageName = { ja: { en: 'Japanese', ja: '日本語' }, en: { en: 'English', ja: '英語' } } as const;

export const glossaryVariant = defineRule({
  id: 'glossary-variant',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'The story writes a spelling the glossary lists as a variant, not the house spelling.',
    ja: '用語集で別表記とされている表記が使われています（本サイトの表記ではありません）。',
  },
  message: ({ written, house, id }: { written: string; house: string; id: string }) => ({
    en: `Write ${house} (house spelling), not ${written}: content/glossary/${id}.yaml lists "${written}" as another spelling.`,
    ja: `${written}ではなく、本サイトの表記「${house}」と書いてください（content/glossary/${id}.yaml で別表記とされています）。`,
  }),
});

export const glossaryPair = defineRule({
  id: 'glossary-pair',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'One language version names a glossary entry that the other version never names.',
    ja: '一方の言語版にだけ、用語集の項目の名前が出てきます。',
  },
  message: (d: { id: string; other: string; otherName: string; here: string; hereName: string }) => ({
    en: `${d.other} mentions ${d.otherName} (${d.id}); ${d.here} never names ${d.hereName}. Check whether the name was lost in translation.`,
    ja: `${d.other} は${d.otherName}（${d.id}）に言及していますが、${d.here} には「${d.hereName}」が一度も出てきません。翻訳で抜けていないか確かめてください。`,
  }),
});

export const glossaryUnused = defineRule({
  id: 'glossary-unused',
  severity: 'warning',
  ignorable: true,
  explain: { en: 'No story mentions this glossary entry.', ja: 'この用語集の項目に言及している記事がありません。' },
  message: ({ id, ja, en }: { id: string; ja: string; en: string }) => ({
    en: `No story mentions "${id}" (${ja} / ${en}): check its spellings, or delete the entry.`,
    ja: `「${id}」（${ja} / ${en}）に言及している記事がありません。表記を確かめるか、項目を削除してください。`,
  }),
});

export const glossaryConflict = defineRule({
  id: 'glossary-conflict',
  severity: 'error',
  ignorable: false,
  explain: {
    en: "A glossary variant is another entry's name, or is listed by two entries.",
    ja: '用語集の別表記が他の項目の名前と同じか、二つの項目に同じ別表記があります。',
  },
  message: ({ variant, kind, other, lang }: GlossaryConflict) =>
    kind === 'name'
      ? {
          en: `The ${languageName[lang].en} variant "${variant}" is the name of the entry "${other}": a spelling can belong to one entry only. Remove it here.`,
          ja: `${languageName[lang].ja}の別表記「${variant}」は項目「${other}」の名前です。一つの表記は一つの項目にしか書けません。ここから削除してください。`,
        }
      : {
          en: `The ${languageName[lang].en} variant "${variant}" is also a variant of "${other}": a spelling can belong to one entry only. Keep it in one of them.`,
          ja: `${languageName[lang].ja}の別表記「${variant}」は項目「${other}」にもあります。一つの表記は一つの項目にしか書けません。どちらか一方に残してください。`,
        },
});

export const glossaryRules = [glossaryVariant, glossaryPair, glossaryUnused, glossaryConflict] as const;

export type GlossaryFinding = FindingOf<(typeof glossaryRules)[number]['id']>;

/** The glossary as the checks of one run use it: the entries and their matcher, compiled once. */
export interface GlossaryContext {
  entries: readonly GlossaryTerms[];
  matcher: GlossaryMatcher;
}

/** Frontmatter fields whose text is the story's own (reference titles quote other outlets' spellings). */
const ownFields = new Set(['title', 'lead', 'keyPoints', 'imageAlt', 'imageCaption', 'imageCredit']);
const searched = (block: TextBlock) => block.kind !== 'frontmatter' || ownFields.has(block.field ?? '');

/**
 * The entries one version mentions, and a `glossary-variant` finding for every variant it writes. Code, text
 * marked with another `lang` and link text (often a cited title) are not the story's own spelling and are skipped.
 */
export function checkGlossaryVersion(v: VersionUnderCheck, glossary: GlossaryContext): { ids: Set<string>; findings: GlossaryFinding[] } {
  const ids = new Set<string>();
  const findings: GlossaryFinding[] = [];
  if (!v.lang || glossary.entries.length === 0) return { ids, findings };
  for (const block of v.blocks) {
    if (!searched(block)) continue;
    const flat = flatten(block);
    let found: Mention[];
    try {
      found = glossary.matcher.find(flat.text, v.lang);
    } catch {
      continue;
    }
    for (const m of found) {
      if (flat.masked(m.start, m.end, ['code', 'lang', 'link'])) continue;
      ids.add(m.id);
      if (m.variant)
        findings.push(glossaryVariant.finding(v.file, flat.lineAt(m.start), { written: flat.text.slice(m.start, m.end), house: m.house, id: m.id }));
    }
  }
  return { ids, findings };
}

const fileName = (path: string) => path.split('/').pop() ?? path;

/**
 * Entries that one version names and another never does, as warnings on the version that lacks them. Terms
 * count only with `pair: true` (translators rephrase them).
 */
export function compareGlossary(
  versions: readonly { file: string; lang: Locale; ids: ReadonlySet<string> }[],
  glossary: GlossaryContext,
): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  for (const here of versions) {
    for (const other of versions) {
      if (other === here) continue;
      for (const id of other.ids) {
        const entry = byId.get(id);
        if (!entry || !entry.pair || here.ids.has(id)) continue;
        findings.push(
          glossaryPair.finding(here.file, 1, {
            id,
            other: fileName(other.file),
            otherName: entry.names[other.lang].name,
            here: fileName(here.file),
            hereName: entry.names[here.lang].name,
          }),
        );
      }
    }
  }
  return findings;
}

/** A glossary file as the tree-wide steps know it. */
export interface GlossaryFile {
  path: string;
  terms: GlossaryTerms;
  source: YamlSource | undefined;
}

/** Variants claimed twice (see `glossaryConflicts`), at the variant's line. */
export function checkGlossaryConflicts(files: readonly GlossaryFile[]): GlossaryFinding[] {
  const byId = new Map(files.map((f) => [f.terms.id, f]));
  return glossaryConflicts(files.map((f) => f.terms)).map((c) => {
    const file = byId.get(c.id)!;
    const index = file.terms.names[c.lang].variants.indexOf(c.variant);
    const line = file.source ? file.source.fieldLine([c.lang, 'variants', index]) : 1;
    return glossaryConflict.finding(file.path, line, c);
  });
}

/** Entries no story mentions, on their own files. */
export function checkGlossaryUnused(files: readonly GlossaryFile[], mentioned: ReadonlySet<string>): GlossaryFinding[] {
  return files
    .filter((f) => !mentioned.has(f.terms.id))
    .map((f) => glossaryUnused.finding(f.path, 1, { id: f.terms.id, ja: f.terms.names.ja.name, en: f.terms.names.en.name }));
}
