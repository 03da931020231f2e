// `npm run new -- {slug}`: starts a story with both language files, frontmatter filled in and TODO
// placeholders (which `npm run check` reports until they are replaced).
//
//   npm run new -- istanbul-talks-2025-05 --topics peace-talks,ukraine
//   npm run new -- istanbul-talks-2025-05 --topics peace-talks --lang ja --date 2025-05-16 --kind analysis --author desk-editor
//   npm run new -- gaza-talks --topics middle-east --mdx
//   npm run new -- glossary witkoff --kind person       (a glossary entry: content/glossary/witkoff.yaml)
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDay, scaffold, scaffoldGlossary, type ScaffoldResult } from './templates.ts';
import { isLocale, type Locale } from '../../src/shared/locales.ts';
import { contentDir } from '../../src/shared/build-dirs.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    topics: { type: 'string', short: 't', multiple: true },
    lang: { type: 'string' },
    date: { type: 'string', short: 'd' },
    kind: { type: 'string', short: 'k' },
    author: { type: 'string', short: 'a' },
    mdx: { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run new -- <slug> --topics <id,id> [--lang ja|en] [--date YYYY-MM-DD] [--kind news|analysis|brief|research] [--author <id>] [--mdx]

Creates content/articles/<slug>/ja.md and en.md (or only --lang). The date defaults to today.

       npm run new -- glossary <id> [--kind person|place|organisation|term]

Creates the glossary entry content/glossary/<id>.yaml with both languages' placeholders.`);
  process.exit(0);
}

const dir = resolve(values.content ?? contentDir);
const ids = (folder: string, pattern: RegExp) =>
  new Set(
    existsSync(folder)
      ? readdirSync(folder)
          .filter((n) => pattern.test(n))
          .map((n) => n.replace(pattern, ''))
      : [],
  );
const articlesDir = join(dir, 'articles');
const existingSlugs = new Set(existsSync(articlesDir) ? readdirSync(articlesDir) : []);

const langs = values.lang === undefined ? undefined : values.lang.split(',').map((l) => l.trim());
const result: ScaffoldResult =
  positionals[0] === 'glossary'
    ? scaffoldGlossary({ id: positionals[1] ?? '', kind: values.kind }, ids(join(dir, 'glossary'), /\.ya?ml$/))
    : scaffold(
        {
          slug: positionals[0] ?? '',
          topics: (values.topics ?? [])
            .flatMap((t) => t.split(','))
            .map((t) => t.trim())
            .filter(Boolean),
          ...(langs ? { langs: langs as Locale[] } : {}),
          ...(values.date ? { date: values.date } : {}),
          ...(values.kind ? { kind: values.kind } : {}),
          ...(values.author ? { author: values.author } : {}),
          mdx: !!values.mdx,
        },
        { existingSlugs, topics: ids(join(dir, 'topics'), /\.ya?ml$/), authors: ids(join(dir, 'authors'), /\.ya?ml$/), today: localDay(new Date()) },
      );

if (!result.ok) {
  for (const error of result.errors) console.error(`✗ ${error.en}\n  ${error.ja}`);
  process.exit(1);
}
for (const file of result.files) {
  const path = join(dir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text, { flag: 'wx' });
  console.log(`✓ ${relative(process.cwd(), path)}`);
}
const unused = langs?.filter((l) => !isLocale(l));
if (unused?.length) process.exit(1);
console.log(`
Next: replace every TODO, then run \`npm run check\` and preview with \`npm run dev\`.
次に: TODO をすべて書き換え、\`npm run check\` で確認し、\`npm run dev\` でプレビューしてください。`);
