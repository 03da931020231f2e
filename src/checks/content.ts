import { z } from 'astro/zod';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { idPattern } from '../lib/content-dir.ts';
import { articleSchema, authorSchema, topicSchema } from '../schemas/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { decodeText } from './hygiene.ts';
import { checkLink, type SiteIndex } from './links.ts';
import { readBody } from './markdown.ts';
import { bodyMessage, yamlMessage } from './messages.ts';
import { comparePair } from './pairs.ts';
import { isRuleId, rules, type RuleId } from './rules.ts';
import { scanMarkdown } from './scan-markdown.ts';
import { schemaFindings } from './schema-issues.ts';
import { checkImages, checkPlaceholders, checkReferences, checkTranslation } from './story-checks.ts';
import type { TextBlock } from './text.ts';
import type { Finding, Localized, Severity } from './types.ts';
import { isRecord, strings, type Add, type Version } from './version.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A file of the content folder. */
export interface ContentFile {
  /** Path relative to the content folder, with `/` separators, e.g. `articles/talks/ja.md`. */
  path: string;
  /** The bytes of the files the checker reads (Markdown, MDX, YAML); absent for other files such as images. */
  bytes?: Uint8Array;
  /** Or a way to read them when needed, so that a large tree is never held in memory at once. */
  read?: () => Uint8Array;
  /** Why the file could not be read, if it could not. */
  readError?: string;
}

export interface CheckOptions {
  /** Whether `public/{path}` exists, for links and images starting with `/`. Not checked when absent. */
  publicFile?: (path: string) => boolean;
}

/** At most this many findings of one rule per file; the rest are summed up in one more line. */
const perFileLimit = 20;

const storyExt = /\.(md|mdx)$/;
const yamlExt = /\.(ya?ml)$/;
const imageExt = /\.(png|jpe?g|gif|webp|avif|svg|tiff?)$/i;
const articleValidator = articleSchema(z.string({ error: '"image" must be the file name of an image, for example ./cover.jpg' }));

/**
 * Checks a whole content tree and returns every problem found, sorted by file and line. Pure: the files are
 * passed in (see `loadContent` in ./load.ts for reading them from disk).
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleId, file: string, line: number, message: Localized, severity: Severity = rules[rule].severity) =>
    findings.push({ rule, severity, file, line, message });

  const contentFiles = new Set(files.map((f) => f.path));
  const articleFiles: { file: ContentFile; slug: string; lang: string; ext: string }[] = [];
  const dataFiles: { file: ContentFile; collection: 'topics' | 'authors'; id: string }[] = [];

  // 1. Where files are and what they are called.
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.some((p) => p.startsWith('.'))) continue;
    const name = parts[parts.length - 1]!;
    const [collection] = parts;
    if (collection === 'articles') {
      const isStory = storyExt.test(name);
      if (parts.length === 3 && isStory) {
        const slug = parts[1]!;
        const lang = name.replace(storyExt, '');
        const ext = storyExt.exec(name)![1]!;
        if (!idPattern.test(slug)) {
          add('path-slug', file.path, 1, {
            en: `The folder name "${slug}" is not a valid slug: use lowercase ASCII letters, digits and single hyphens, e.g. "istanbul-talks-2025-05". Rename the folder.`,
            ja: `フォルダー名「${slug}」はスラッグとして使えません。半角小文字の英字・数字と、単語の区切りのハイフン（-）だけにしてください（例: istanbul-talks-2025-05）。`,
          });
        }
        if (!isLocale(lang)) {
          add('path-language', file.path, 1, {
            en: `"${name}" is not named after a language of the site: name the file ${locales.map((l) => `${l}.${ext}`).join(' or ')}.`,
            ja: `ファイル名「${name}」はサイトの言語を表していません。${locales.map((l) => `${l}.${ext}`).join(' か ')} という名前にしてください。`,
          });
        }
        articleFiles.push({ file, slug, lang, ext });
      } else if (isStory) {
        add('path-layout', file.path, 1, {
          en: `A story must be content/articles/{slug}/{language}.md, e.g. content/articles/istanbul-talks/ja.md; move this file into its own story folder.`,
          ja: `記事はcontent/articles/{スラッグ}/{言語}.mdに置きます（例: content/articles/istanbul-talks/ja.md）。このファイルを記事ごとのフォルダーに移してください。`,
        });
      } else if (!(parts.length >= 3 && imageExt.test(name))) {
        add('path-stray-file', file.path, 1, {
          en: `The site never reads "${name}" here: stories are ja.md/en.md (or .mdx) inside a story folder, next to their images.`,
          ja: `この場所の「${name}」はサイトに読み込まれません。記事は記事フォルダーの中のja.md / en.md（または .mdx）で、画像はその隣に置きます。`,
        });
      }
    } else if (collection === 'topics' || collection === 'authors') {
      if (parts.length === 2 && yamlExt.test(name)) {
        const id = name.replace(yamlExt, '');
        if (!idPattern.test(id)) {
          add('path-slug', file.path, 1, {
            en: `"${id}" is not a valid ${collection === 'topics' ? 'topic' : 'author'} id: use lowercase ASCII letters, digits and single hyphens, e.g. "peace-talks". Rename the file.`,
            ja: `「${id}」は${collection === 'topics' ? 'トピック' : '執筆者'}のIDとして使えません。半角小文字の英字・数字とハイフンだけにしてください（例: peace-talks）。`,
          });
        }
        dataFiles.push({ file, collection, id });
      } else {
        add('path-stray-file', file.path, 1, {
          en: `The site never reads "${file.path}": ${collection} are single .yaml files directly in content/${collection}/.`,
          ja: `「${file.path}」はサイトに読み込まれません。content/${collection}/ の直下に .yamlファイルとして置いてください。`,
        });
      }
    }
  }

  // 2. Two files for one story language, topic or author.
  const groups = new Map<string, string[]>();
  for (const a of articleFiles) groups.set(`articles/${a.slug}/${a.lang}`, [...(groups.get(`articles/${a.slug}/${a.lang}`) ?? []), a.file.path]);
  for (const d of dataFiles) groups.set(`${d.collection}/${d.id}`, [...(groups.get(`${d.collection}/${d.id}`) ?? []), d.file.path]);
  for (const paths of groups.values()) {
    if (paths.length < 2) continue;
    const sorted = [...paths].sort();
    for (const path of sorted.slice(1)) {
      add('path-duplicate', path, 1, {
        en: `"${path}" and "${sorted[0]}" are the same ${path.startsWith('articles/') ? 'story in the same language' : 'entry'}; keep one and delete the other.`,
        ja: `「${path}」と「${sorted[0]}」は同じ${path.startsWith('articles/') ? '記事の同じ言語版' : '項目'}です。どちらか一方を残し、もう一方を削除してください。`,
      });
    }
  }

  // 3. Topics and authors.
  const known = { topics: new Set<string>(), authors: new Set<string>() };
  for (const { file, collection, id } of dataFiles) {
    known[collection].add(id);
    const text = readText(file, add);
    if (text === undefined) continue;
    const { source, problem } = parseYaml(text, 1);
    if (problem) {
      add('yaml-syntax', file.path, problem.line, yamlMessage(problem));
      continue;
    }
    const wrapped: YamlSource = { ...source!, data: source!.data ?? {} };
    findings.push(...schemaFindings(collection === 'topics' ? topicSchema : authorSchema, wrapped, file.path).findings);
  }

  // 4. Story by story (both languages together), so that only a little of each story stays in memory: the
  //    facts later steps need (drafts, links, what is silenced), not its text.
  const bySlug = new Map<string, typeof articleFiles>();
  for (const a of articleFiles) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);
  const versions: Version[] = [];
  const partners = new Map<string, Version[]>();
  for (const group of bySlug.values()) {
    const story: Version[] = [];
    for (const { file, slug, lang } of group) {
      const version = readVersion(file, slug, lang, add, findings);
      if (!version) continue;
      checkReferences(version, known, add);
      checkTranslation(version, add);
      checkPlaceholders(version, add);
      checkImages(version, contentFiles, options.publicFile, add);
      story.push(version);
    }
    // The language versions against each other (one file per language: duplicates are reported above).
    const byLang = new Map<Locale, Version>();
    for (const v of story) if (v.lang && !byLang.has(v.lang)) byLang.set(v.lang, v);
    const paired = locales.map((l) => byLang.get(l)).filter((v): v is Version => !!v);
    for (const v of paired) partners.set(v.file, paired.filter((o) => o !== v));
    const [first, ...others] = paired;
    for (const other of others) if (first) comparePair(first, other, add);
    for (const v of story) {
      v.ignore = readIgnoreList(v, add);
      // Keep only what the remaining steps need.
      v.blocks = [];
      v.facts = undefined;
      v.data = undefined;
      v.raw = undefined;
      v.source = undefined;
      versions.push(v);
    }
  }

  // 5. Links, once every story is known.
  const site: SiteIndex = {
    stories: new Map(),
    topics: known.topics,
    authors: known.authors,
    contentFiles,
    publicFile: options.publicFile,
  };
  for (const v of versions) {
    const entry = site.stories.get(v.slug) ?? { published: false };
    if (!v.draft) entry.published = true;
    site.stories.set(v.slug, entry);
  }
  for (const v of versions) {
    for (const link of v.links) {
      const problem = checkLink(link.url, v.draft, site);
      if (problem) add(problem.rule, v.file, link.line, problem.message);
    }
  }

  // 6. What editors silenced on purpose (each file's list was read and checked with the file).
  const ignored = new Map<string, ReadonlySet<string>>(versions.map((v) => [v.file, v.ignore]));
  const silenced = (f: Finding) => {
    if (!rules[f.rule].ignorable) return false;
    if (ignored.get(f.file)?.has(f.rule)) return true;
    return f.rule.startsWith('pair-') && (partners.get(f.file) ?? []).some((p) => ignored.get(p.file)?.has(f.rule));
  };

  const kept = findings.filter((f) => !silenced(f));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return limit(kept);
}

/** Keeps the first {@link perFileLimit} findings of each rule in each file and sums up the rest. */
function limit(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.file}\u0000${f.rule}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= perFileLimit) out.push(f);
  }
  for (const [key, n] of counts) {
    if (n <= perFileLimit) continue;
    const [file, rule] = key.split('\u0000') as [string, RuleId];
    const first = out.findLast((f) => f.file === file && f.rule === rule)!;
    out.splice(out.indexOf(first) + 1, 0, {
      ...first,
      message: {
        en: `…and ${n - perFileLimit} more "${rule}" problem(s) in this file after this line.`,
        ja: `…この行より後に、この種類（${rule}）の問題がさらに${n - perFileLimit}件あります。`,
      },
    });
  }
  return out;
}

function readText(file: ContentFile, add: Add): string | undefined {
  let bytes = file.bytes;
  let readError = file.readError;
  if (!bytes && readError === undefined && file.read) {
    try {
      bytes = file.read();
    } catch (error) {
      readError = (error as { code?: string }).code ?? String(error);
    }
  }
  if (readError !== undefined || !bytes) {
    add('file-unreadable', file.path, 1, {
      en: `The file cannot be read (${readError ?? 'no content'}). If it is a link, point it at a real file; otherwise check its permissions.`,
      ja: `ファイルを読み込めません（${readError ?? '内容がありません'}）。リンクなら実在するファイルを指すようにし、そうでなければ権限を確かめてください。`,
    });
    return undefined;
  }
  const decoded = decodeText(bytes, file.path);
  for (const f of decoded.findings) add(f.rule, f.file, f.line, f.message, f.severity);
  return decoded.text;
}

/** The frontmatter fields whose text readers see, as blocks with their lines. */
function frontmatterBlocks(raw: Record<string, unknown>, source: YamlSource): TextBlock[] {
  const blocks: TextBlock[] = [];
  const field = (path: PropertyKey[], value: unknown, name: string) => {
    if (typeof value !== 'string' || !value.trim()) return;
    // The line is looked up only if a message needs it (see parseYaml).
    blocks.push({ kind: 'frontmatter', field: name, pieces: [{ value, get line() { return source.lineOf(path); } }] });
  };
  field(['title'], raw['title'], 'title');
  field(['lead'], raw['lead'], 'lead');
  if (Array.isArray(raw['keyPoints'])) raw['keyPoints'].forEach((p, i) => field(['keyPoints', i], p, 'keyPoints'));
  if (Array.isArray(raw['references'])) {
    raw['references'].forEach((r, i) => {
      if (!isRecord(r)) return;
      field(['references', i, 'title'], r['title'], 'references.title');
      field(['references', i, 'publisher'], r['publisher'], 'references.publisher');
    });
  }
  field(['imageAlt'], raw['imageAlt'], 'imageAlt');
  return blocks;
}

/** The rule ids a file silences with `checks.ignore`, warning about ids that are unknown or cannot be silenced. */
function readIgnoreList(v: Version, add: Add): ReadonlySet<string> {
  const checks = v.raw?.['checks'];
  const list = isRecord(checks) ? strings(checks['ignore']) : [];
  list.forEach((id, i) => {
    const line = v.source?.lineOf(['checks', 'ignore', i]) ?? 1;
    if (!isRuleId(id)) {
      add('checks-ignore', v.file, line, {
        en: `"checks.ignore" lists "${id}", which is not a rule id; see the rule table in CONTRIBUTING.md.`,
        ja: `「checks.ignore」の「${id}」はルールIDではありません。CONTRIBUTING.ja.mdのルール一覧を見てください。`,
      });
    } else if (!rules[id].ignorable) {
      add('checks-ignore', v.file, line, {
        en: `"checks.ignore" lists "${id}", which cannot be silenced: fix the problem instead.`,
        ja: `「checks.ignore」の「${id}」は無視できないルールです。問題そのものを直してください。`,
      });
    }
  });
  return new Set(list);
}

/** Reads one story file: its bytes, frontmatter and schema, and its body. */
function readVersion(file: ContentFile, slug: string, lang: string, add: Add, findings: Finding[]): Version | undefined {
  const text = readText(file, add);
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  const version: Version = {
    file: file.path,
    slug,
    lang: isLocale(lang) ? lang : undefined,
    raw: undefined,
    data: undefined,
    source: undefined,
    facts: undefined,
    blocks: [],
    links: [],
    draft: false,
    ignore: new Set(),
  };
  if (split.yaml === undefined) {
    add('frontmatter-missing', file.path, 1, {
      en: 'The story has no frontmatter: it must start with a block between two --- lines that gives title, lead, date and topics. Run `npm run new` to see an example.',
      ja: '記事の先頭にフロントマターがありません。--- の行で挟んだブロックにtitle、lead、date、topicsを書いてください。`npm run new` で例を作れます。',
    });
  } else {
    const { source, problem } = parseYaml(split.yaml, split.startLine);
    if (problem) {
      add('yaml-syntax', file.path, problem.line, yamlMessage(problem));
    } else {
      const raw = isRecord(source!.data) ? source!.data : {};
      const wrapped: YamlSource = { ...source!, data: source!.data ?? {} };
      const result = schemaFindings(articleValidator, wrapped, file.path, { dateFields: ['date', 'updated'] });
      findings.push(...result.findings);
      version.raw = raw;
      version.source = wrapped;
      version.data = result.data;
      version.draft = raw['draft'] === true;
      version.blocks.push(...frontmatterBlocks(raw, wrapped));
    }
  }
  // MDX needs the MDX parser (which also finds its syntax errors); Markdown is read by the fast scanner.
  const facts = file.path.endsWith('.mdx') ? readBody(split.body, true) : scanMarkdown(split.body);
  version.facts = facts;
  version.links = facts.links;
  version.blocks.push(...facts.blocks);
  for (const problem of facts.problems) add(problem.rule, file.path, problem.line, bodyMessage(problem));
  return version;
}

