import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary';
import { scaffoldGlossary } from '../../scripts/new/templates';

describe('npm run new -- glossary {id}', () => {
  it("writes content/glossary/{id}.yaml with both languages' placeholders, valid for the schema", () => {
    const result = scaffoldGlossary({ id: 'witkoff', kind: 'person' }, new Set());
    if (!result.ok) throw new Error('refused');
    expect(result.files.map((f) => f.path)).toEqual(['glossary/witkoff.yaml']);
    const data = glossarySchema.parse(jsyaml.load(result.files[0]!.text));
    expect(data).toMatchObject({ kind: 'person', ja: { name: 'TODO', variants: [] }, en: { name: 'TODO', variants: [] }, pair: false });
  });

  it('offers pair: false for a term', () => {
    const result = scaffoldGlossary({ id: 'ceasefire', kind: 'term' }, new Set());
    expect(result.ok && result.files[0]!.text).toContain('\npair: false\n');
  });

  it('refuses a bad id, an existing entry and an unknown kind, in both languages', () => {
    const bad = scaffoldGlossary({ id: 'Witkoff', kind: 'persn' }, new Set());
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.en)).toEqual([
      expect.stringContaining('"Witkoff" is not a valid glossary id'),
      '--kind must be one of: person, place, organisation, term (not "persn").',
    ]);
    expect(bad.errors[0]!.ja).toContain('用語集のIDとして使えません');
    const taken = scaffoldGlossary({ id: 'witkoff' }, new Set(['witkoff']));
    expect(!taken.ok && taken.errors[0]!.en).toBe(
      'A glossary entry "witkoff" already exists (content/glossary/witkoff.yaml): edit that entry instead.',
    );
  });
});
