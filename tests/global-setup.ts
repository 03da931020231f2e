import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureContent, fixtureSite } from './helpers/build';

/** Stories generated on top of the fixture so that a topic has more than one page and the home page is capped. */
export const ARCHIVE_STORIES = 25;

/**
 * Stories in one part of the fixture's search index: small, so that the fixture's stories make several parts
 * and every search test runs across parts, as a large archive's search does.
 */
export const FIXTURE_PART_SIZE = 10;

/**
 * Builds the fixture site once before all tests. Build-level tests read its HTML; browser tests serve it.
 * The fixture is copied and extended with generated stories, so the committed fixture stays small and readable.
 */
export default function setup() {
  rmSync(fixtureSite.content, { recursive: true, force: true });
  rmSync(fixtureSite.dist, { recursive: true, force: true });
  // Astro's content cache does not notice changes to our Markdown plugins; a stale cache would test old HTML.
  rmSync(fixtureSite.cache, { recursive: true, force: true });
  cpSync(fixtureContent, fixtureSite.content, { recursive: true });
  writeFileSync(
    join(fixtureSite.content, 'topics/archive.yaml'),
    'name:\n  ja: アーカイブ\n  en: Archive\ndescription:\n  ja: ページ送りの確認用。\n  en: For testing pagination.\n',
  );
  for (let i = 1; i <= ARCHIVE_STORIES; i++) {
    const dir = join(fixtureSite.content, `articles/archive-${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    // Dates spread over January 2024, one day apart, so the newest-first order is known.
    const date = `2024-01-${String(i).padStart(2, '0')}`;
    writeFileSync(
      join(dir, 'ja.md'),
      `---\ntitle: アーカイブ記事${i}\nlead: アーカイブのリード${i}。\ndate: ${date}\ntopics: [archive]\n---\n\nアーカイブ本文${i}。\n`,
    );
    writeFileSync(
      join(dir, 'en.md'),
      `---\ntitle: Archive story ${i}\nlead: Archive lead ${i}.\ndate: ${date}\ntopics: [archive]\n---\n\nArchive body ${i}.\n`,
    );
  }
  const result = buildSite({ ...fixtureSite, env: { DIGEST_SEARCH_PART_SIZE: String(FIXTURE_PART_SIZE) } });
  if (result.status !== 0) {
    throw new Error(`The fixture site did not build (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
}
