import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/shared/i18n';
import { locales } from '../../src/shared/locales';
import { launchBrowser } from '../../tooling/browser';
import { buildSite, outputRoot, root } from '../helpers/build';
import { serveDist, type StaticServer } from '../../tooling/serve';

// A new fork starts with topics and authors but no story yet: its search page must load and find nothing,
// not report that search failed. Pagefind refuses an index without languages, which is what such a site gets.
const site = { content: join(outputRoot, 'empty-content'), dist: join(outputRoot, 'empty-dist'), cache: join(outputRoot, 'empty-cache') };
let server: StaticServer;

beforeAll(() => {
  for (const dir of Object.values(site)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(site.content, 'articles'), { recursive: true });
  for (const folder of ['topics', 'authors']) cpSync(join(root, 'content', folder), join(site.content, folder), { recursive: true });
  const result = buildSite(site);
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain('No stories to index: wrote an empty search index');
}, 240_000);
afterAll(async () => {
  await server?.close();
});

describe('search on a site without stories', () => {
  it.each(locales)('says that nothing matches (%s)', async (lang) => {
    server ??= await serveDist(site.dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.url}/${lang}/search/?q=ceasefire`);
      const status = page.locator('[data-search-status]');
      await expect.poll(() => status.textContent()).toContain(useTranslations(lang)('search.noResults', { query: 'ceasefire' }));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
