// src/integrations/: the sitemap, with hreflang alternates read from the built pages (./read-head.ts).
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { locales } from '../shared/locales';
import { hreflangLinks, isNoindex, languageVersions, type HreflangLink } from '../lib/sitemap';
import { readHead } from './read-head';

/**
 * @astrojs/sitemap, set up for this site: hreflang alternates between the language versions of a page, and
 * only pages that may be indexed. Which pages are fallbacks is decided by the story pages (they render
 * `noindex`), so instead of repeating that logic here the filter reads each built page's robots meta.
 * Returns two integrations: a small one that learns the output folder, which the sitemap filter needs.
 */
export function digestSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let siteRoot = '';
  // The URLs the filter kept, in its order, and their language versions once all are known.
  let listed: string[] = [];
  let versions: Map<string, HreflangLink[]> | undefined;
  const outDirProbe: AstroIntegration = {
    name: 'digest:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        siteRoot = config.site ? new URL(config.base, config.site).href : '';
      },
      'astro:build:start': () => {
        listed = [];
        versions = undefined;
      },
    },
  };

  /** The `<head>` built for a page URL (`https://site/ja/articles/x/` → `{outDir}/ja/articles/x/index.html`). */
  const builtHead = (pageUrl: string): string => {
    if (!outDir) return '';
    const path = decodeURIComponent(new URL(pageUrl).pathname).replace(/^\//, '');
    return readHead(new URL(path === '' || path.endsWith('/') ? `${path}index.html` : path, outDir));
  };

  return [
    outDirProbe,
    sitemap({
      // The filter sees every page before any is serialised, so by then `listed` holds the whole sitemap.
      filter: (page) => {
        const indexable = !isNoindex(builtHead(page));
        if (indexable) listed.push(page);
        return indexable;
      },
      // Only the hreflang links are used; no news, image or video extensions.
      namespaces: { news: false, image: false, video: false, xhtml: true },
      // The alternates come from languageVersions rather than the integration's `i18n` option, which compares
      // every URL with every other; hreflang values are the ones the pages write (`ja`, `en`).
      serialize: (item): SitemapItem => {
        versions ??= languageVersions(listed, siteRoot, locales);
        const links = hreflangLinks(versions.get(item.url), siteRoot);
        return links ? { ...item, links } : item;
      },
    }),
  ];
}
