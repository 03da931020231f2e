import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, root } from '../helpers/build';

/** A content tree with one story: ja.md plain, the English file as given. */
function storyTree(name: string, englishFile: string, english: string) {
  const work = join(outputRoot, name);
  rmSync(work, { recursive: true, force: true });
  const story = join(work, 'content/articles/talks');
  mkdirSync(story, { recursive: true });
  mkdirSync(join(work, 'content/topics'), { recursive: true });
  writeFileSync(
    join(work, 'content/topics/peace-talks.yaml'),
    'name:\n  ja: 和平交渉\n  en: Peace talks\ndescription:\n  ja: 交渉。\n  en: Talks.\n',
  );
  writeFileSync(join(story, 'ja.md'), `${front('協議')}協議が開かれた。\n`);
  writeFileSync(join(story, englishFile), `${front('Talks')}${english}`);
  return buildSite({ content: join(work, 'content'), dist: join(work, 'dist'), cache: join(work, 'cache'), env: { DIGEST_CHECK_LANG: 'en' } });
}
const front = (title: string) => `---\ntitle: ${title}\nlead: ${title}.\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n\n`;

describe('a story the renderer cannot handle stops the build, naming the file', () => {
  it('refuses blockquotes nested 2,000 deep with file:line, exit 1 and no stack trace', () => {
    const result = storyTree('deep-nesting', 'en.md', `The talks met.\n\n${'> '.repeat(2000)}Deep.\n`);
    expect(result.status).toBe(1);
    // The content checks see it first; without them, the renderer refuses it the same way (tests/unit/sanitize.test.ts).
    expect(result.output).toMatch(
      /articles\/talks\/en\.md:10: error \[nesting-deep\] Blockquotes and lists are nested 2000 deep here; at most 10 levels are allowed/,
    );
    expect(result.output).toContain('The build stopped: 1 content error(s)');
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

// An MDX story is compiled to a JavaScript module that `astro build` runs: code in it would run on the build
// machine (pull-request CI, the deploy job). It must be refused before it is compiled.
describe('MDX stories cannot run code at build time', () => {
  it('refuses an import and an export naming the file and line, and nothing in them runs', () => {
    const marker = join(outputRoot, `pwned-${process.pid}-${Date.now()}`);
    rmSync(marker, { force: true });
    const result = storyTree(
      'mdx-code',
      'en.mdx',
      `import { execSync } from 'node:child_process';\nexport const x = execSync('touch ${marker}');\n\nThe talks met.\n`,
    );
    const work = join(outputRoot, 'mdx-code');
    // npm run check refuses it too, with the rule and line, and runs nothing either.
    const check = spawnSync(
      join(root, 'node_modules/.bin/node'),
      [join(root, 'scripts/check.ts'), '--content', join(work, 'content'), '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    );
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/articles\/talks\/en\.mdx:8: error \[mdx-code\] MDX stories may not contain code: "import \{ execSync \}/);

    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/talks\/en\.mdx:8\b/);
    expect(result.output).toContain('MDX stories may not contain code');
    expect(existsSync(marker), 'the story’s code ran').toBe(false);
    expect(existsSync(join(work, 'dist/en/articles/talks/index.html'))).toBe(false);
  });
});
