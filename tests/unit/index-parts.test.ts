import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { close } from 'pagefind';
import { copyPart, IndexBuilder, PartCache } from '../../src/integrations/index-parts';

describe('the search index in parts', () => {
  /** A story page as the site builds it: a real version, with its place in the archive, or a fallback. */
  const storyPage = (slug: string, order: string, text: string) =>
    `<html lang="x"><body><article data-pagefind-body data-pagefind-sort="order:${order}"><h1>${text}</h1><p>${text} ${slug}</p></article></body></html>`;
  const fallback = '<html><body><article><p>Not in this language</p></article></body></html>';
  /** Five stories, newest first, one without an English version. */
  const slugs = ['e', 'd', 'c', 'b', 'a'];
  const pageOf = (lang: 'ja' | 'en', slug: string) =>
    lang === 'en' && slug === 'c' ? fallback : storyPage(slug, `d${slugs.indexOf(slug)}_${slug}`, `${lang} story ${slug}`);

  /** Builds the index of the five stories with parts of two, the pages arriving in `order`; returns the parts and each one's files. */
  async function build(cacheDir: string, order: readonly ['ja' | 'en', string][]) {
    const builder = new IndexBuilder(slugs, 2, new PartCache(cacheDir), 'code');
    for (const [lang, slug] of order) builder.add(lang, slug, pageOf(lang, slug));
    const parts = await builder.finish(pageOf);
    await close();
    const files = Object.fromEntries(
      parts.map((p) => [
        `${p.lang}-${p.part}`,
        readdirSync(p.folder, { recursive: true, encoding: 'utf8' })
          .filter((f) => !statSync(join(p.folder, f)).isDirectory())
          .sort()
          .map(
            (f) =>
              `${f}:${readFileSync(join(p.folder, f)).toString('base64').length}:${createHash('sha1')
                .update(readFileSync(join(p.folder, f)))
                .digest('hex')}`,
          ),
      ]),
    );
    return { builder, parts, files };
  }

  it('cuts each language into parts by age, indexes only real versions, and writes the same files whatever order the pages arrive in', async () => {
    const inOrder = await build(
      mkdtempSync(join(tmpdir(), 'index-a-')),
      slugs.flatMap(
        (slug) =>
          [
            ['ja', slug],
            ['en', slug],
          ] as const,
      ),
    );
    // Parts of two counted from the oldest: a, b | c, d | e.
    expect(inOrder.parts.map((p) => `${p.lang}-${p.part}:${p.pages}`).sort()).toEqual(['en-0:2', 'en-1:1', 'en-2:1', 'ja-0:2', 'ja-1:2', 'ja-2:1']);
    expect(inOrder.builder.missing).toEqual({ ja: [], en: [2] });
    expect(inOrder.parts.every((p) => !p.kept)).toBe(true);
    // Pages arriving out of order (Astro renders several at once), some never (read from the built site at the end).
    const shuffled = await build(mkdtempSync(join(tmpdir(), 'index-b-')), [
      ['en', 'a'],
      ['ja', 'b'],
      ['ja', 'e'],
      ['ja', 'a'],
      ['en', 'd'],
    ]);
    expect(shuffled.files).toEqual(inOrder.files);
  });

  it('keeps the parts whose pages did not change, and builds again only the part of a changed story', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'index-keep-'));
    const first = await build(cacheDir, []);
    const again = await build(cacheDir, []);
    expect(again.parts.every((p) => p.kept)).toBe(true);
    expect(again.files).toEqual(first.files);
    const original = pageOf;
    const changed = new IndexBuilder(slugs, 2, new PartCache(cacheDir), 'code');
    const parts = await changed.finish((lang, slug) =>
      lang === 'en' && slug === 'b' ? original(lang, slug).replace('story b', 'story b, changed') : original(lang, slug),
    );
    await close();
    expect(parts.filter((p) => !p.kept).map((p) => `${p.lang}-${p.part}`)).toEqual(['en-0']);
    // Other indexing code builds every part again.
    const recoded = new IndexBuilder(slugs, 2, new PartCache(cacheDir), 'other code');
    expect((await recoded.finish(pageOf)).some((p) => p.kept)).toBe(false);
    await close();
  });

  it('refuses stories that reach it out of archive order, and pages of stories it was not told of', async () => {
    const builder = new IndexBuilder(['b', 'a'], 5, new PartCache(mkdtempSync(join(tmpdir(), 'index-order-'))), 'code');
    builder.add('ja', 'b', storyPage('b', 'd2_b', 'b'));
    expect(() => builder.add('ja', 'a', storyPage('a', 'd1_a', 'a'))).toThrow(/out of archive order/);
    expect(() => builder.add('ja', 'z', storyPage('z', 'd3_z', 'z'))).toThrow(/not told of: \/ja\/articles\/z\//);
    await close();
  });

  it('keeps a part only once it was written whole, and drops the parts a build did not use', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    const cache = new PartCache(cacheDir);
    const { folder, kept } = cache.find('ja', 'k1');
    expect(kept).toBe(false);
    await expect(
      cache.build(folder, async (into) => {
        writeFileSync(join(into, 'pagefind-entry.json'), '{}');
        throw new Error('Pagefind stopped');
      }),
    ).rejects.toThrow('Pagefind stopped');
    expect(new PartCache(cacheDir).find('ja', 'k1').kept).toBe(false);
    // A part folder without the mark (a crash between Pagefind's last file and the mark) is not a part either.
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'pagefind-entry.json'), '{}');
    expect(new PartCache(cacheDir).find('ja', 'k1').kept).toBe(false);
    await cache.build(folder, async (into) => writeFileSync(join(into, 'pagefind-entry.json'), '{}'));
    expect(new PartCache(cacheDir).find('ja', 'k1').kept).toBe(true);

    // The next build uses another version of the part: the old one goes; a folder another build is writing stays.
    mkdirSync(join(cacheDir, 'search-index', 'en-k9.building-12345'));
    const next = new PartCache(cacheDir);
    const second = next.find('ja', 'k2');
    await next.build(second.folder, async (into) => writeFileSync(join(into, 'pagefind-entry.json'), '{}'));
    next.prune();
    expect(readdirSync(join(cacheDir, 'search-index')).sort()).toEqual(['en-k9.building-12345', 'ja-k2']);
    expect(existsSync(folder)).toBe(false);
    // The copy into the site leaves the mark behind.
    const site = mkdtempSync(join(tmpdir(), 'index-copy-'));
    copyPart(second.folder, site, true);
    expect(readdirSync(site)).toEqual(['pagefind-entry.json']);
  });
});
