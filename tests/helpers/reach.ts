import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/shared/locales';
import { readFixtureStories, type FixtureVersion } from './fixture';

/** The `site` the fixture is built with (astro.config.mjs default; tests do not set SITE_URL). */
export const SITE = 'https://digest.example.org';

/**
 * Parses a built XML file, after checking it is well-formed. Repeating elements always come back as arrays,
 * so a feed with one item reads the same as one with twenty.
 */
export function readXml(file: string): Record<string, any> {
  const xml = readFileSync(file, 'utf8');
  // XMLValidator is marked deprecated in favour of a separate package, but it is still shipped and maintained
  // in fast-xml-parser 5; one XML dependency is enough for two checks.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ['item', 'category', 'url', 'sitemap', 'xhtml:link'].includes(name),
  });
  return parser.parse(xml) as Record<string, any>;
}

/** Every published (non-draft) story of a fixture content tree: slug → its real versions. */
export function publishedStories(contentDir: string): Map<string, Partial<Record<Locale, FixtureVersion>>> {
  return new Map([...readFixtureStories(contentDir)].filter(([, v]) => !Object.values(v).some((x) => x?.draft)));
}

/** The version a `lang` page of a story shows: its own, else the other language's (a fallback). */
export function shownVersion(versions: Partial<Record<Locale, FixtureVersion>>, lang: Locale): FixtureVersion {
  const shown = versions[lang] ?? locales.map((l) => versions[l]).find((v) => v);
  if (!shown) throw new Error('a story without versions');
  return shown;
}

/** Topic and author names per language, read from the fixture's YAML. */
export function readNames(contentDir: string, collection: 'topics' | 'authors'): Map<string, Record<Locale, string>> {
  const dir = join(contentDir, collection);
  return new Map(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), (parse(readFileSync(join(dir, f), 'utf8')) as { name: Record<Locale, string> }).name]),
  );
}

/** Every HTML page in a build, as URL paths (`/ja/articles/x/`). */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dist, path).split(sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return pages.sort();
}

/** The JSON-LD objects of a page, parsed. */
export function jsonLd($: CheerioAPI): Record<string, any>[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).html() ?? '') as Record<string, any>)
    .get();
}

/** The content of `<meta property=…>` (Open Graph) or `<meta name=…>` (X cards) tags. */
export function meta($: CheerioAPI, key: string): string[] {
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, el) => $(el).attr('content') ?? '')
    .get();
}
