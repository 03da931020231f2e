import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPart, PartCache, partKey, storyPages } from '../../src/integrations/index-parts';

/** A built site with the given pages (path → HTML). */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'index-parts-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the search index in parts', () => {
  it('lists a language’s story pages as Pagefind’s glob finds them, sorted', () => {
    const dir = site({
      'ja/articles/b-story/index.html': '<article data-pagefind-body>b</article>',
      'ja/articles/a-story/index.html': '<article data-pagefind-body>a</article>',
      'ja/articles/a-story/parallel/index.html': '<article>a</article>',
      'ja/articles/no-page/image.png': 'png',
      'en/articles/a-story/index.html': '<article data-pagefind-body>a</article>',
      'ja/topics/x/index.html': '<p>x</p>',
    });
    expect(storyPages(dir, 'ja')).toEqual(['ja/articles/a-story/index.html', 'ja/articles/b-story/index.html']);
    expect(storyPages(join(dir, 'nowhere'), 'ja')).toEqual([]);
  });

  it('keys a part on its pages’ names and bytes and on the indexing code', () => {
    const dir = site({ 'ja/articles/a/index.html': 'one', 'ja/articles/b/index.html': 'two' });
    const part = { lang: 'ja' as const, pages: storyPages(dir, 'ja') };
    const key = partKey(dir, part, 'code-1');
    expect(partKey(dir, part, 'code-1')).toBe(key);
    expect(partKey(dir, part, 'code-2')).not.toBe(key);
    expect(partKey(dir, { lang: 'en', pages: part.pages }, 'code-1')).not.toBe(key);
    expect(partKey(dir, { ...part, pages: part.pages.slice(1) }, 'code-1')).not.toBe(key);
    writeFileSync(join(dir, 'ja/articles/b/index.html'), 'two!');
    expect(partKey(dir, part, 'code-1')).not.toBe(key);
  });

  it('keeps a part only once it was written whole, and drops the parts a build did not use', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    const part = { lang: 'ja' as const, pages: [] };
    const cache = new PartCache(cacheDir);
    const { folder, kept } = cache.find(part, 'k1');
    expect(kept).toBe(false);
    await expect(
      cache.build(folder, async (into) => {
        writeFileSync(join(into, 'pagefind-entry.json'), '{}');
        throw new Error('Pagefind stopped');
      }),
    ).rejects.toThrow('Pagefind stopped');
    expect(new PartCache(cacheDir).find(part, 'k1').kept).toBe(false);
    // A part folder without the mark (a crash between Pagefind's last file and the mark) is not a part either.
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'pagefind-entry.json'), '{}');
    expect(new PartCache(cacheDir).find(part, 'k1').kept).toBe(false);
    await cache.build(folder, async (into) => writeFileSync(join(into, 'pagefind-entry.json'), '{}'));
    expect(new PartCache(cacheDir).find(part, 'k1').kept).toBe(true);

    // The next build uses another version of the part: the old one goes; a folder another build is writing stays.
    mkdirSync(join(cacheDir, 'search-index', 'en-k9.building-12345'));
    const next = new PartCache(cacheDir);
    const second = next.find(part, 'k2');
    await next.build(second.folder, async (into) => writeFileSync(join(into, 'pagefind-entry.json'), '{}'));
    next.prune();
    expect(readdirSync(join(cacheDir, 'search-index')).sort()).toEqual(['en-k9.building-12345', 'ja-k2']);
    expect(existsSync(folder)).toBe(false);
    // The copy into the site leaves the mark behind.
    const site = mkdtempSync(join(tmpdir(), 'index-copy-'));
    copyPart(second.folder, site);
    expect(readdirSync(site)).toEqual(['pagefind-entry.json']);
  });
});
