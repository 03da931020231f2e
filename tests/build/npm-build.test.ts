import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../tooling/generate';
import { FIXTURE_PART_SIZE } from '../global-setup';
import { fixtureSite, outputRoot, root } from '../helpers/build';

const node = join(root, 'node_modules/.bin/node');
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Every file under a folder with its bytes, for comparing two search bundles. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => {
        const path = join(f.parentPath, f.name);
        return [path.slice(dir.length), readFileSync(path).toString('base64')];
      }),
  );
}

describe('npm run build (scripts/build.ts) and scripts/search-index.ts', () => {
  it('builds the site with Astro, and its search index while Astro generates the pages', () => {
    const work = join(outputRoot, 'npm-build');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    generateContent(join(work, 'content'), { pairs: 3, seed: 11 });
    // From its own folder, as the benchmark does, so that Astro's prerender bundle is not shared with another build.
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const result = spawnSync(node, [join(root, 'scripts/build.ts'), '--root', root], {
      cwd: work,
      env: {
        ...process.env,
        DIGEST_CONTENT_DIR: join(work, 'content'),
        DIGEST_OUT_DIR: join(work, 'dist'),
        DIGEST_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = plain(`${result.stdout}\n${result.stderr}`);
    expect(result.status, output).toBe(0);
    // Finished in Astro's last hook, before its last line.
    const indexed = output.indexOf('Wrote the search index (3 ja stories in 1 part(s); 3 en stories in 1 part(s))');
    expect(indexed, output).toBeGreaterThan(-1);
    expect(output.indexOf('Complete!')).toBeGreaterThan(indexed);
    const entry = JSON.parse(readFileSync(join(work, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['ja']?.page_count).toBe(3);
    expect(entry.languages['en']?.page_count).toBe(3);
  }, 300_000);

  /** The fixture site without its index, in a folder of its own, and a fresh cache folder beside it. */
  const unindexedCopy = (name: string) => {
    const copy = join(outputRoot, name);
    rmSync(copy, { recursive: true, force: true });
    rmSync(`${copy}-cache`, { recursive: true, force: true });
    cpSync(fixtureSite.dist, copy, { recursive: true, filter: (src) => !src.startsWith(join(fixtureSite.dist, 'pagefind')) });
    return { dist: copy, cache: `${copy}-cache` };
  };
  const indexSite = (dist: string, cache: string) => {
    // In parts of the size the fixture was built with.
    const result = spawnSync(node, [join(root, 'scripts/search-index.ts'), dist, cache], {
      encoding: 'utf8',
      env: { ...process.env, DIGEST_SEARCH_PART_SIZE: String(FIXTURE_PART_SIZE) },
    });
    expect(result.status, result.stderr).toBe(0);
    return plain(result.stdout);
  };

  it('writes the same index from a built site as astro build does from the pages it generates', () => {
    // The fixture site was built by `astro build` (tests/global-setup.ts), which gave Pagefind each story page as it
    // rendered it, several at once; scripts/search-index.ts reads them from the built site.
    const { dist, cache } = unindexedCopy('index-again');
    expect(indexSite(dist, cache)).toMatch(
      /\[digest:pagefind\] Wrote the search index \(\d+ ja stories in [2-9] part\(s\); \d+ en stories in [2-9] part\(s\)\)/,
    );
    expect(files(join(dist, 'pagefind'))).toEqual(files(join(fixtureSite.dist, 'pagefind')));
  });

  it('keeps each part of the index from the last build when its story pages are unchanged, and only then', () => {
    const { dist, cache } = unindexedCopy('index-kept');
    const first = indexSite(dist, cache);
    expect(first).toMatch(/\d+ ja stories in (\d+) part\(s\); \d+ en stories in \d+ part\(s\)\)/);
    const parts = Number(/ja stories in (\d+) part/.exec(first)![1]);
    const fresh = files(join(dist, 'pagefind'));

    rmSync(join(dist, 'pagefind'), { recursive: true });
    const again = indexSite(dist, cache);
    expect(again).toContain(`ja stories in ${parts} part(s), ${parts} kept from an earlier build`);
    expect(again).toContain(`en stories in ${parts} part(s), ${parts} kept from an earlier build`);
    expect(files(join(dist, 'pagefind'))).toEqual(fresh);

    // One English story changes: its English part is indexed again and finds the new word; the rest is kept.
    const page = join(dist, 'en/articles/prisoner-exchange/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>Quarantelli wrote this sentence.</p></article>'));
    rmSync(join(dist, 'pagefind'), { recursive: true });
    const changed = indexSite(dist, cache);
    expect(changed).toContain(`en stories in ${parts} part(s), ${parts - 1} kept from an earlier build`);
    expect(changed).toContain(`ja stories in ${parts} part(s), ${parts} kept from an earlier build`);
    // The same bundle as a build without any cache would write.
    const { dist: clean, cache: cleanCache } = unindexedCopy('index-kept-clean');
    writeFileSync(join(clean, 'en/articles/prisoner-exchange/index.html'), readFileSync(page));
    indexSite(clean, cleanCache);
    expect(files(join(dist, 'pagefind'))).toEqual(files(join(clean, 'pagefind')));
    expect(files(join(dist, 'pagefind'))).not.toEqual(fresh);
    // The cache holds the parts of the last build only.
    expect(readdirSync(join(cache, 'search-index')).sort()).toEqual(readdirSync(join(cleanCache, 'search-index')).sort());
  });

  it('writes an empty index that the search page can load when the site has no story yet', () => {
    const empty = join(outputRoot, 'index-empty');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(join(empty, 'ja'), { recursive: true });
    const result = spawnSync(node, [join(root, 'scripts/search-index.ts'), empty, `${empty}-cache`], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/No stories to index: wrote an empty search index/);
    const entry = JSON.parse(readFileSync(join(empty, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
    expect(entry.languages).toEqual({});
    expect(readdirSync(join(empty, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
  });
});
