// The glossary of the content tree this process builds or checks, compiled once per process (each Markdown
// worker thread compiles its own when it renders its first story).
import { contentDir } from '../build-dirs.ts';
import { glossaryDigest, readGlossary, type GlossaryTerms } from './entries.ts';
import { compileMatcher, type GlossaryMatcher } from './matcher.ts';

export * from './entries.ts';
export * from './matcher.ts';

const compiled = new Map<string, { entries: GlossaryTerms[]; matcher: GlossaryMatcher }>();

/** The entries and the matcher of `dir`'s glossary (the site's content tree unless told), read and compiled once. */
export function siteGlossary(dir: string = contentDir): { entries: GlossaryTerms[]; matcher: GlossaryMatcher } {
  let found = compiled.get(dir);
  if (!found) {
    const entries = readGlossary(dir);
    found = { entries, matcher: compileMatcher(entries) };
    compiled.set(dir, found);
  }
  return found;
}

export { glossaryDigest };
export * from './conflicts.ts';
