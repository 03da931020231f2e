import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/shared/locales';

export interface FixtureVersion {
  slug: string;
  lang: Locale;
  title: string;
  date: string;
  topics: string[];
  draft: boolean;
}

/**
 * Reads a content tree's frontmatter independently of the site code, so build tests compare the built pages
 * with what the editor wrote rather than with the site's own idea of it.
 */
export function readFixtureStories(contentDir: string): Map<string, Partial<Record<Locale, FixtureVersion>>> {
  const stories = new Map<string, Partial<Record<Locale, FixtureVersion>>>();
  const articles = join(contentDir, 'articles');
  for (const slug of readdirSync(articles)) {
    for (const file of readdirSync(join(articles, slug))) {
      const match = file.match(/^(ja|en)\.mdx?$/);
      if (!match) continue;
      const lang = match[1] as Locale;
      const source = readFileSync(join(articles, slug, file), 'utf8');
      const fm = parse(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const date = fm['date'] instanceof Date ? fm['date'].toISOString().slice(0, 10) : String(fm['date']);
      const versions = stories.get(slug) ?? {};
      versions[lang] = {
        slug,
        lang,
        title: String(fm['title']),
        date,
        topics: fm['topics'] as string[],
        draft: fm['draft'] === true,
      };
      stories.set(slug, versions);
    }
  }
  return stories;
}

/** A Markdown story version on disk, with its body (the text after the frontmatter). */
export interface StoryBody {
  path: string;
  lang: Locale;
  body: string;
}

/**
 * Every Markdown story version under a content folder (`articles/{slug}/{lang}.md`, or `index.{lang}.md`), in
 * folder order, for tests that render real, fixture or generated stories two ways and compare.
 */
export function storyBodies(contentDir: string): StoryBody[] {
  const articles = join(contentDir, 'articles');
  return readdirSync(articles, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
    const lang = /(?:^|\/)(?:index\.)?(ja|en)\.md$/.exec(file)?.[1] as Locale | undefined;
    if (!lang) return [];
    const path = join(articles, file);
    return [{ path, lang, body: readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }];
  });
}
