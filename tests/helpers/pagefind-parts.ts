import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A script for `page.evaluate` that loads Pagefind from a built site's index folder with every older part of
 * `lang`'s index merged in (src/shared/search-parts.ts), so that a test asks the whole index of that language,
 * as the search page does. The page must be one of `lang` (Pagefind loads the language of `<html lang>` first).
 * It is a string, so that the test runner does not rewrite the dynamic import meant for the browser; `then` is
 * the code run with `pf` loaded, whose value the script returns.
 */
export function withWholeIndex(dist: string, lang: string, then: string): string {
  const folders = readdirSync(join(dist, 'pagefind')).filter((f) => /^part-\d+$/.test(f));
  return `(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/' });
    await pf.init();
    for (const folder of ${JSON.stringify(folders)}) {
      const entry = await (await fetch('/pagefind/' + folder + '/pagefind-entry.json')).json();
      if (entry.languages[${JSON.stringify(lang)}]) await pf.mergeIndex(new URL('/pagefind/' + folder + '/', location.href).href, { language: ${JSON.stringify(lang)}, baseUrl: '/' });
    }
    ${then}
  })()`;
}
