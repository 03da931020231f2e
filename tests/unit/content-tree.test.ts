import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTreeProblems } from '../../src/shared/content-tree';
import { root } from '../helpers/build';

const work = mkdtempSync(join(tmpdir(), 'digest-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, build: (story: string) => void): string {
  const content = join(work, name, 'content');
  const story = join(content, 'articles/talks');
  mkdirSync(story, { recursive: true });
  mkdirSync(join(content, 'topics'), { recursive: true });
  writeFileSync(join(content, 'topics/peace-talks.yaml'), 'name:\n  ja: 和平交渉\n  en: Peace talks\ndescription:\n  ja: 交渉。\n  en: Talks.\n');
  writeFileSync(join(story, 'ja.md'), '---\ntitle: 協議\nlead: 協議。\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n\n協議した。\n');
  build(story);
  return content;
}

describe('the content folder holds no links and no SVG', () => {
  it('reports two links to .. without walking into them, in milliseconds', () => {
    const content = tree('loop', (story) => {
      writeFileSync(join(story, 'en.md'), '---\ntitle: Talks\nlead: Talks.\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n\nThey met.\n');
      symlinkSync('..', join(story, 'a'));
      symlinkSync('..', join(story, 'b'));
    });
    const started = performance.now();
    expect(contentTreeProblems(content).map((p) => `${p.rule} ${p.file}`)).toEqual([
      'path-symlink articles/talks/a',
      'path-symlink articles/talks/b',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports a story file that links to /etc/passwd, and an SVG, and npm run check refuses them quickly', () => {
    const content = tree('passwd', (story) => {
      symlinkSync('/etc/passwd', join(story, 'en.md'));
      writeFileSync(join(story, 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    });
    expect(contentTreeProblems(content).map((p) => `${p.rule} ${p.file}`)).toEqual([
      'path-symlink articles/talks/en.md',
      'file-svg articles/talks/map.svg',
    ]);
    const started = performance.now();
    const run = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/check.ts'), '--content', content, '--lang', 'en'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/articles\/talks\/en\.md:1: error \[path-symlink\] This is a symbolic link/);
    expect(run.stdout).toMatch(/articles\/talks\/map\.svg:1: error \[file-svg\] SVG files are not accepted/);
    expect(run.stdout).not.toContain('root:');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('leaves a link to nothing to the checks (file-unreadable)', () => {
    expect(contentTreeProblems(join(root, 'tests/checks/cases/file-unreadable/content'))).toEqual([]);
  });

  it('finds nothing in the sample content and the fixture', () => {
    expect(contentTreeProblems(join(root, 'content'))).toEqual([]);
    expect(contentTreeProblems(join(root, 'tests/fixtures/basic/content'))).toEqual([]);
  });
});
