import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';

// An MDX story is compiled to a JavaScript module that `astro build` runs: code in it would run on the build
// machine (pull-request CI, the deploy job). It must be refused before it is compiled.
describe('MDX stories cannot run code at build time', () => {
  it('refuses an import and an export naming the file and line, and nothing in them runs', () => {
    const work = join(outputRoot, 'mdx-code');
    rmSync(work, { recursive: true, force: true });
    const marker = join(outputRoot, `pwned-${process.pid}-${Date.now()}`);
    rmSync(marker, { force: true });
    const story = join(work, 'content/articles/talks');
    mkdirSync(story, { recursive: true });
    mkdirSync(join(work, 'content/topics'), { recursive: true });
    writeFileSync(join(work, 'content/topics/peace-talks.yaml'), 'name:\n  ja: 和平交渉\n  en: Peace talks\ndescription:\n  ja: 交渉。\n  en: Talks.\n');
    const front = (title: string) => `---\ntitle: ${title}\nlead: ${title}.\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n\n`;
    writeFileSync(join(story, 'ja.md'), `${front('協議')}協議が開かれた。\n`);
    writeFileSync(
      join(story, 'en.mdx'),
      `${front('Talks')}import { execSync } from 'node:child_process';\nexport const x = execSync('touch ${marker}');\n\nThe talks met.\n`,
    );

    const result = buildSite({
      content: join(work, 'content'),
      dist: join(work, 'dist'),
      cache: join(work, 'cache'),
      env: { DIGEST_CHECK_LANG: 'en' },
    });

    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/talks\/en\.mdx:8\b/);
    expect(result.output).toContain('MDX stories may not contain code');
    expect(existsSync(marker), 'the story’s code ran').toBe(false);
    expect(existsSync(join(work, 'dist/en/articles/talks/index.html'))).toBe(false);
  });
});
