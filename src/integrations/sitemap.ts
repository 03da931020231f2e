import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { defaultLocale, locales } from '../i18n/locales';
import { hreflangLinks, isNoindex } from '../lib/sitemap';

/**
 * @astrojs/sitemap, set up for this site: hreflang alternates between the language versions of a page, and
 * only pages that may be indexed. Which pages are fallbacks is decided by the story pages (they render
 * `noindex`), so instead of repeating that logic here the filter reads each built page's robots meta.
 * Returns two integrations: a small one that learns the output folder, which the sitemap filter needs.
 */
export function digestSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let siteRoot = '';
  const outDirProbe: AstroIntegration = {
    name: 'digest:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        siteRoot = config.site ? new URL(config.base, config.site).href : '';
      },
    },
  };

  /** The HTML built for a page URL (`https://site/ja/articles/x/` → `{outDir}/ja/articles/x/index.html`). */
  const builtHtml = (pageUrl: string): string => {
    if (!outDir) return '';
    const path = decodeURIComponent(new URL(pageUrl).pathname).replace(/^\//, '');
    const file = new URL(path === '' || path.endsWith('/') ? `${path}index.html` : path, outDir);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };

  return [
    outDirProbe,
    sitemap({
      // hreflang values as the pages write them (`ja`, `en`), so both sources agree.
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => !isNoindex(builtHtml(page)),
      // Only the hreflang links are used; no news, image or video extensions.
      namespaces: { news: false, image: false, video: false, xhtml: true },
      serialize: (item): SitemapItem => {
        const { links, ...rest } = item;
        const fixed = hreflangLinks(links, siteRoot);
        return fixed ? { ...rest, links: fixed } : rest;
      },
    }),
  ];
}
