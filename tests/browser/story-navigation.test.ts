import { unified } from '@astrojs/markdown-remark';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../src/markdown';
import { launchBrowser } from '../../tooling/browser';
import { serveDist, type StaticServer } from '../../tooling/serve';
import { fixtureSite, outputRoot } from '../helpers/build';

/**
 * A story that got past the checks and review still cannot send the reader elsewhere or run anything. The
 * fixture's story page is served twice with its body replaced: once with what the story pipeline makes of a
 * hostile story, once with the same story's raw HTML (the control: it shows the attack works when unsanitised).
 * No headers are sent, as on GitHub Pages: only the page's own <meta> policy applies.
 */
const hostile = [
  'The talks resumed.',
  '',
  '<meta http-equiv="refresh" content="0;url=/landed/">',
  '<base href="/landed/">',
  '<script>window.__ran = "script"</script>',
  '<img src="/x.png" onerror="window.__ran = \'onerror\'">',
  '<iframe src="/landed/"></iframe>',
  '',
  '[Read more](javascript:window.__ran="link")',
  '',
].join('\n');

const work = join(outputRoot, 'story-navigation');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const renderer = await unified(storyMarkdown).createRenderer({});
  const { code } = await renderer.render(hostile, { fileURL: pathToFileURL('/site/content/articles/talks/en.md'), frontmatter: {} });
  const template = readFileSync(join(fixtureSite.dist, 'en/articles/paired-story/index.html'), 'utf8');
  const withBody = (body: string) => {
    const replaced = template.replace(/(<div class="story__body"[^>]*>)[\s\S]*?(<\/div>\s*<(?:section|nav|footer|aside)\b)/, `$1${body}$2`);
    expect(replaced).not.toBe(template);
    return replaced;
  };
  rmSync(work, { recursive: true, force: true });
  for (const [dir, html] of [
    ['sanitised', withBody(code)],
    ['raw', withBody(hostile.replace('[Read more](javascript:window.__ran="link")', '<a href="javascript:window.__ran=\'link\'">Read more</a>'))],
    ['landed', '<!doctype html><title>Landed</title><p>Somewhere else'],
  ] as const) {
    mkdirSync(join(work, dir), { recursive: true });
    writeFileSync(join(work, dir, 'index.html'), html);
  }
  // The page's own styles and scripts, and the server's answer for anything else.
  cpSync(join(fixtureSite.dist, '_astro'), join(work, '_astro'), { recursive: true });
  cpSync(join(fixtureSite.dist, '404.html'), join(work, '404.html'));
  [server, browser] = await Promise.all([serveDist(work), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function visit(path: string) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  // A refresh of 0 seconds fires at once; give it ample time.
  await page.waitForTimeout(1500);
  const result = { url: new URL(page.url()).pathname, frames: page.frames().length };
  const link = page.locator('a', { hasText: 'Read more' });
  if (await link.count()) await link.first().click();
  const ran = await page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null).catch(() => null);
  await page.close();
  return { ...result, ran };
}

describe('a story cannot navigate the page away', () => {
  it('the control: the raw HTML would send the reader to another page', async () => {
    expect((await visit('/raw/')).url).toBe('/landed/');
  });

  it('the rendered story stays on its page, frames nothing and runs nothing', async () => {
    const result = await visit('/sanitised/');
    expect(result.url).toBe('/sanitised/');
    expect(result.frames).toBe(1);
    expect(result.ran).toBeNull();
  });
});
