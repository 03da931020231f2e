import { locales, type Locale } from '../locales.ts';
import type { GlossaryTerms } from './entries.ts';

/** A spelling the glossary gives to two entries, or twice. */
export interface GlossaryConflict {
  /** The entry whose file is reported. */
  id: string;
  lang: Locale;
  /** The variant as written in that entry. */
  variant: string;
  /** `name`: the variant is the other entry's name; `variant`: both entries list it. */
  kind: 'name' | 'variant';
  other: string;
}

/**
 * Variants that make a spelling ambiguous: one that is another entry's name (in either language), or one that
 * two entries list. Compared in NFKC, as the matcher compares them. Each pair is reported once, on the later entry in id order.
 * @example glossaryConflicts([a, b]) // [{ id: 'b', lang: 'ja', variant: 'ウィトコフ', kind: 'name', other: 'a' }]
 */
export function glossaryConflicts(entries: readonly GlossaryTerms[]): GlossaryConflict[] {
  const key = (s: string) => s.normalize('NFKC').trim();
  const names = new Map<string, string>();
  for (const e of entries) for (const l of locales) if (e.names[l].name) names.set(key(e.names[l].name), names.get(key(e.names[l].name)) ?? e.id);
  const variants = new Map<string, string>();
  const found: GlossaryConflict[] = [];
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  for (const e of sorted) {
    for (const lang of locales) {
      for (const variant of e.names[lang].variants) {
        const k = key(variant);
        const named = names.get(k);
        if (named !== undefined && named !== e.id) {
          found.push({ id: e.id, lang, variant, kind: 'name', other: named });
          continue;
        }
        const listed = variants.get(k);
        if (listed !== undefined && listed !== e.id) found.push({ id: e.id, lang, variant, kind: 'variant', other: listed });
        else variants.set(k, e.id);
      }
    }
  }
  return found;
}
