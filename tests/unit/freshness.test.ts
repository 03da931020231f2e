import { describe, expect, it } from 'vitest';
import { staleness } from '../../src/lib/freshness';
import { lastChanged, newerVersion } from '../../src/shared/freshness';

const d = (s: string) => new Date(s);

describe('newerVersion', () => {
  it('finds the version changed after this one, by updated or else date', () => {
    const versions = { ja: { date: d('2025-06-02'), updated: d('2025-06-10') }, en: { date: d('2025-06-02') } };
    expect(newerVersion('en', versions)).toEqual({ lang: 'ja', changed: d('2025-06-10') });
    expect(newerVersion('ja', versions)).toBeUndefined();
  });

  it('counts a translation brought up to date by setting the same updated', () => {
    const versions = {
      ja: { date: d('2025-06-02'), updated: d('2025-06-10') },
      en: { date: d('2025-06-02'), updated: d('2025-06-10') },
    };
    expect(newerVersion('en', versions)).toBeUndefined();
    expect(newerVersion('ja', versions)).toBeUndefined();
  });

  it('compares an updated date with the other version’s publication date', () => {
    expect(newerVersion('ja', { ja: { date: d('2025-06-02') }, en: { date: d('2025-06-02'), updated: d('2025-06-03') } })).toEqual({
      lang: 'en',
      changed: d('2025-06-03'),
    });
    // A later `updated` on the translation is not a reason to warn the original.
    expect(newerVersion('en', { ja: { date: d('2025-06-02') }, en: { date: d('2025-06-02'), updated: d('2025-06-03') } })).toBeUndefined();
    expect(lastChanged({ date: d('2025-06-02') })).toEqual(d('2025-06-02'));
  });

  it('says nothing of a version that does not exist', () => {
    expect(newerVersion<'ja' | 'en'>('en', { ja: { date: d('2025-06-02') } })).toBeUndefined();
  });
});

describe('staleness', () => {
  const entry = (date: string, updated?: string) => ({ data: { date: d(date), updated: updated ? d(updated) : undefined } });

  it('says whether the newer version is the original (Japanese first)', () => {
    expect(staleness({ ja: entry('2025-06-02', '2025-06-10'), en: entry('2025-06-02') }, 'en')).toEqual({
      lang: 'ja',
      changed: d('2025-06-10'),
      isOriginal: true,
    });
    expect(staleness({ ja: entry('2025-06-02'), en: entry('2025-06-02', '2025-06-05') }, 'ja')).toEqual({
      lang: 'en',
      changed: d('2025-06-05'),
      isOriginal: false,
    });
    expect(staleness({ ja: entry('2025-06-02'), en: entry('2025-06-02') }, 'ja')).toBeUndefined();
  });
});
