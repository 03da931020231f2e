import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedScripts, STORY_HTML_CSS_COMPRESSED_BYTES, storyPageScripts } from '../../tooling/budgets';
import { pageWeight } from '../../tooling/page-weight';
import { buildSite, fixtureSite, outputRoot, root, type BuildResult } from '../helpers/build';
import { htmlFiles } from '../helpers/dist';
import { urlPathOf } from '../helpers/links';

/**
 * Page-weight budgets (tooling/budgets.ts): a story page ships at most 30 KB of compressed HTML and CSS, and no JavaScript
 * but the share bar's enhancement; no page ships any script but the share bar's and the search page's.
 * The weight is measured on the real sample content (real story lengths); the script rules on every fixture page.
 */
const sample = {
  content: join(root, 'content'),
  dist: join(outputRoot, 'budget-dist'),
  cache: join(outputRoot, 'budget-cache'),
};
let build: BuildResult;

beforeAll(() => {
  build = buildSite(sample);
});

const storyPages = (dist: string) =>
  htmlFiles(dist)
    .filter((f) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(f))
    .map(urlPathOf);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const allowed = Object.values(allowedScripts);

describe('page-weight budget of story pages (sample content)', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it(`every story page is at most ${kb(STORY_HTML_CSS_COMPRESSED_BYTES)} of gzipped HTML + CSS`, () => {
    const pages = storyPages(sample.dist);
    expect(pages.length).toBeGreaterThanOrEqual(16);
    const over = pages
      .map((p) => ({ p, weight: pageWeight(sample.dist, p) }))
      .map(({ p, weight }) => ({ p, bytes: weight.totals.html.gzip + weight.totals.css.gzip }))
      .filter(({ bytes }) => bytes > STORY_HTML_CSS_COMPRESSED_BYTES)
      .map(({ p, bytes }) => `${p}: ${kb(bytes)}`);
    expect(over).toEqual([]);
  });

  it('loads no fonts: system fonts render Japanese and English', () => {
    for (const p of storyPages(sample.dist)) expect(pageWeight(sample.dist, p, { compress: false }).totals.font.raw, p).toBe(0);
  });
});

describe('JavaScript (fixture site)', () => {
  const pages = htmlFiles(fixtureSite.dist).map(urlPathOf);

  it('no page runs an inline script (a strict CSP would block it)', () => {
    const inline = pages.filter((p) => pageWeight(fixtureSite.dist, p, { compress: false }).inlineScripts > 0);
    expect(inline).toEqual([]);
  });

  it('story pages load no script but the share bar enhancement', () => {
    const stories = storyPages(fixtureSite.dist);
    expect(stories.length).toBeGreaterThan(20);
    const extra = stories.flatMap((p) =>
      pageWeight(fixtureSite.dist, p, { compress: false })
        .scripts.filter((s) => !storyPageScripts.some((re) => re.test(s)))
        .map((s) => `${p}: ${s}`),
    );
    expect(extra).toEqual([]);
  });

  it('no page loads a script other than the share bar and the search page', () => {
    const extra = pages.flatMap((p) =>
      pageWeight(fixtureSite.dist, p, { compress: false })
        .scripts.filter((s) => !allowed.some((re) => re.test(s)))
        .map((s) => `${p}: ${s}`),
    );
    expect(extra).toEqual([]);
  });
});
