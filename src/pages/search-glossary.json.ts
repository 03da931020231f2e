import type { APIRoute } from 'astro';
import { getGlossary } from '../content/glossary';
import { compactGlossary } from '../lib/search-glossary';

/**
 * The glossary's spellings for the search page (src/lib/search-glossary.ts): ids and names only, no
 * descriptions, so the file stays a few kilobytes. Only the search page loads it, when the reader starts a search.
 */
export const GET: APIRoute = async () => {
  const entries = await getGlossary();
  const glossary = compactGlossary(entries.map((e) => ({ id: e.id, names: { ja: e.data.ja, en: e.data.en } })));
  return new Response(JSON.stringify(glossary), { headers: { 'Content-Type': 'application/json' } });
};
