import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build';

/**
 * The sample stories in content/ as readers see them: no story cites a source published after its own date,
 * and English dates are written one way ("16 May 2025"), as the byline writes them (src/lib/dates.ts).
 */
interface Reference {
  title: string;
  publisher: string;
  url?: string;
}
const articles = join(root, 'content/articles');
const versions = readdirSync(articles).flatMap((slug) =>
  readdirSync(join(articles, slug))
    .filter((f) => /^(ja|en)\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(articles, slug, f), 'utf8');
      const [, front = '', body = ''] = text.split(/^---$/m);
      const data = load(front) as { date: Date | string; references?: Reference[] };
      return { file: `${slug}/${f}`, lang: f.slice(0, 2), date: new Date(data.date), references: data.references ?? [], body };
    }),
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Dates written in a reference's title or publisher: 2025年4月15日 or 15 April 2025. */
function datesIn(text: string): Date[] {
  const ja = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
  const en = [...text.matchAll(new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'g'))].map(
    (m) => new Date(Date.UTC(+m[3]!, MONTHS.indexOf(m[2]!), +m[1]!)),
  );
  return [...ja, ...en];
}

describe('sample content', () => {
  it('has stories to check', () => {
    expect(versions.length).toBeGreaterThan(10);
  });

  it('never cites a source dated after the story', () => {
    const late = versions.flatMap((v) =>
      v.references.flatMap((r) =>
        datesIn(`${r.title} ${r.publisher}`)
          .filter((d) => d > v.date)
          .map((d) => `${v.file}: ${r.title} (${d.toISOString().slice(0, 10)})`),
      ),
    );
    expect(late).toEqual([]);
  });

  it('cites the NIDS research paper of 17 February 2026 only from stories of that date or later', () => {
    const paper = /和平達成の試み|Attempts to reach peace between Ukraine and Russia/;
    const citing = versions.filter((v) => v.references.some((r) => paper.test(r.title)));
    expect(citing.length).toBeGreaterThan(0);
    for (const v of citing) expect(v.date.getTime(), v.file).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 17));
  });

  it('gives dated references a URL', () => {
    const missing = versions.flatMap((v) =>
      v.references.filter((r) => datesIn(r.publisher).length > 0 && !r.url).map((r) => `${v.file}: ${r.title}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes English dates day-month-year, as the byline does', () => {
    const american = new RegExp(`\\b(${MONTHS.join('|')}) \\d{1,2}, \\d{4}`);
    const found = versions.filter((v) => v.lang === 'en' && american.test(v.body)).map((v) => v.file);
    expect(found).toEqual([]);
  });
});
