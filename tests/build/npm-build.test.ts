import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../tooling/generate';
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

describe('npm run build (scripts/build.ts)', () => {
  it('builds the site with Astro, then its search index once Astro has exited', () => {
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
    // Astro itself left the index alone; it was written after Astro's last line.
    const astroSkipped = output.indexOf('Search index: left to scripts/build.ts');
    const astroDone = output.indexOf('Complete!');
    const indexed = output.indexOf('Wrote the search index (ja, en)');
    expect(astroSkipped).toBeGreaterThan(-1);
    expect(astroDone).toBeGreaterThan(astroSkipped);
    expect(indexed).toBeGreaterThan(astroDone);
    const entry = JSON.parse(readFileSync(join(work, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['ja']?.page_count).toBe(3);
    expect(entry.languages['en']?.page_count).toBe(3);
  }, 300_000);

  it('writes the same index from outside Astro as astro build does at its end', () => {
    // The fixture site was built by plain `astro build` (tests/global-setup.ts), which indexes in its last hook.
    const copy = join(outputRoot, 'index-again');
    rmSync(copy, { recursive: true, force: true });
    cpSync(fixtureSite.dist, copy, { recursive: true, filter: (src) => !src.startsWith(join(fixtureSite.dist, 'pagefind')) });
    const result = spawnSync(node, [join(root, 'scripts/search-index.ts'), copy], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\[digest:pagefind\] Wrote the search index \(ja, en\)/);
    expect(files(join(copy, 'pagefind'))).toEqual(files(join(fixtureSite.dist, 'pagefind')));
  });

  it('writes an empty index that the search page can load when the site has no story yet', () => {
    const empty = join(outputRoot, 'index-empty');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(join(empty, 'ja'), { recursive: true });
    const result = spawnSync(node, [join(root, 'scripts/search-index.ts'), empty], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/No stories to index: wrote an empty search index/);
    const entry = JSON.parse(readFileSync(join(empty, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
    expect(entry.languages).toEqual({});
    expect(readdirSync(join(empty, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
  });
});
