import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, page } from '../helpers/build';
import { listFiles } from '../helpers/dist';
import { checkLinks, parsePage, type LinkProblem } from '../helpers/links';

const dist = fixtureSite.dist;
const files = listFiles(dist);
const read = (f: string) => readFileSync(join(dist, f), 'utf8');
// Canonical, hreflang and Open Graph URLs are absolute: the site's own origin counts as internal.
const siteOrigin = new URL(page(dist, '/')('link[rel="canonical"]').attr('href') ?? '').origin;

const report = (problems: LinkProblem[]) => problems.map((p) => `${p.file}: ${p.where} ${p.url}: ${p.problem}`).join('\n');

describe('links in the built fixture site', () => {
  const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, parsePage(read(f))]));

  it('has pages to check', () => {
    expect(pages.size).toBeGreaterThan(50);
  });

  it('every internal link, asset reference, fragment and hreflang target resolves to a built file', () => {
    const problems = checkLinks(
      {
        files: new Set(files),
        pages,
        stylesheets: new Map(files.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/')).map((f) => [f, read(f)])),
      },
      siteOrigin,
    );
    expect(report(problems)).toBe('');
  });

  it('every URL in the sitemaps and feeds resolves to a built file', () => {
    const xml = new Map(files.filter((f) => f.endsWith('.xml')).map((f) => [f, read(f)]));
    expect(xml.size).toBeGreaterThan(0);
    const problems = checkLinks({ files: new Set(files), pages: new Map(), xml }, siteOrigin);
    expect(report(problems)).toBe('');
  });

  it('declares translations on story pages, and never on a page itself in another language', () => {
    // The checker reports self-translations; this makes sure the fixture gives it some to check.
    const alternates = [...pages.values()].flatMap((p) => p.refs.filter((r) => r.hreflang && r.where === 'link[href]'));
    expect(alternates.length).toBeGreaterThan(20);
  });
});
