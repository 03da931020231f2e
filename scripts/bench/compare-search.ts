// Compares the search page's answers of two builds of the same stories, in a real browser: the search index in
// parts against one part per language (issue 27's "same answers"), or any two builds.
//
//   node scripts/bench/compare-search.ts <dist A> <dist B> [query …]
//
// Each query is asked on both languages' search pages, newest first (the count and the first 50 links, in order)
// and by relevance (the count only: Pagefind scores a page within its own part, so the ranking differs by design),
// with and without a language filter. Prints the differences and exits with 1 when there is one. Without queries,
// it asks words of the benchmark's generated stories (tooling/generate.ts).
import { launchBrowser } from '../../tooling/browser.ts';
import { searchAnswer } from '../../tooling/search-answers.ts';
import { serveDist } from '../../tooling/serve.ts';

const [a, b, ...asked] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: node scripts/bench/compare-search.ts <dist A> <dist B> [query …]');
  process.exit(2);
}
const queries = asked.length
  ? asked
  : ['停戦', '人道回廊', 'カタール', '捕虜交換', 'ダッカ', 'ceasefire', 'humanitarian corridor', 'Qatar', 'sanctions exports', 'Dhaka', 'talks'];

const [serverA, serverB, browser] = await Promise.all([serveDist(a), serveDist(b), launchBrowser()]);
let differences = 0;
try {
  for (const q of queries) {
    for (const lang of ['ja', 'en']) {
      for (const options of ['&sort=date', '', '&sort=date&lang=en']) {
        const path = `/${lang}/search/?q=${encodeURIComponent(q)}${options}`;
        const [inA, inB] = await Promise.all([searchAnswer(browser, serverA.url, path), searchAnswer(browser, serverB.url, path)]);
        const same = inA.status === inB.status && (!options.includes('sort=date') || JSON.stringify(inA.links) === JSON.stringify(inB.links));
        console.log(`${same ? 'same' : 'DIFFERENT'}  ${path}  ${inA.status}`);
        if (!same) {
          differences++;
          console.log(`  A: ${inA.status}\n     ${inA.links.join(' ')}\n  B: ${inB.status}\n     ${inB.links.join(' ')}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all([serverA.close(), serverB.close()]);
}
console.log(differences ? `${differences} difference(s)` : 'The same answers for every query.');
process.exit(differences ? 1 : 0);
