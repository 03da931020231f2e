// `npm run check`: reads every story, topic and author file and reports every problem at once, as
// `file:line: message` lines, before anything is built. Exits 1 when there is an error; warnings are printed
// but do not fail. The same checks run at the start of `astro build` (src/integrations/content-checks.ts).
//
//   npm run check                      both languages (English, then Japanese)
//   npm run check -- --lang ja         日本語のみ (or DIGEST_CHECK_LANG=ja)
//   npm run check -- --content tests/checks/cases/pair-date/content
//   npm run check -- --format github   GitHub annotations (the default inside GitHub Actions)
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentDir, formatGithub, formatReport, reportLang, summarize } from '../src/checks/index.ts';
import { contentTreeProblems, formatTreeProblems } from '../src/shared/content-tree.ts';
import { contentDir } from '../src/shared/build-dirs.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    content: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run check -- [--lang ja|en|both] [--content DIR] [--format text|github]

Checks every file under the content folder (default: DIGEST_CONTENT_DIR or content/) and prints each problem
as "file:line: message". Exit status 1 if there is at least one error. Rule ids are explained in CONTRIBUTING.md.`);
  process.exit(0);
}

const root = process.cwd();
const dir = resolve(root, values.content ?? contentDir);
const prefix = relative(root, dir).split('\\').join('/') || '.';
const lang = reportLang(values.lang, process.env['DIGEST_CHECK_LANG']);
// Links and SVG files first: the checks below follow links, and a link to `..` would never let them finish.
const treeProblems = contentTreeProblems(dir);
if (treeProblems.length) {
  console.log(formatTreeProblems(treeProblems, prefix, lang));
  process.exit(1);
}
const { findings, fileCount } = await checkContentDir(dir, resolve(root, 'public'));

if (fileCount === 0) {
  console.error(`No content found in ${prefix}/ (is the path right?)`);
  process.exit(2);
}
console.log(formatReport(findings, prefix, lang, fileCount));
const format = values.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
if (format === 'github' && findings.length) console.log(formatGithub(findings, prefix));
process.exit(summarize(findings).errors > 0 ? 1 : 0);
