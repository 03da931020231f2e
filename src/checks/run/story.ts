import { isLocale, locales, type Locale } from '../../shared/locales.ts';
import { splitFrontmatter } from '../read/frontmatter.ts';
import { withoutInvisible } from '../read/hygiene.ts';
import type { ContentFile } from '../read/load.ts';
import { readBody } from '../read/markdown.ts';
import { scanMarkdown } from '../read/scan-markdown.ts';
import type { TextBlock, TextPiece } from '../read/text.ts';
import { isRecord, type YamlSource } from '../read/yaml-source.ts';
import { checkIgnoreList } from '../rules/checks-settings.ts';
import { directiveFinding } from '../rules/directives.ts';
import { readFileText } from '../rules/files.ts';
import { checkYaml, frontmatterMissing } from '../rules/frontmatter.ts';
import { checkImages } from '../rules/images.ts';
import { checkGlossaryVersion, compareGlossary, type GlossaryContext } from '../rules/glossary.ts';
import { isRuleId, rules, type Finding } from '../rules/index.ts';
import { mdxSyntax } from '../rules/mdx.ts';
import { comparePair } from '../rules/pair.ts';
import type { StoryFile } from '../rules/paths.ts';
import { checkPlaceholders } from '../rules/placeholders.ts';
import { checkReferences } from '../rules/references.ts';
import { checkSafety, checkUrls } from '../rules/safety.ts';
import { checkStructures, comparePositions, timelineRange } from '../rules/structures.ts';
import { sliceProblems, type Timeline } from '../../shared/timelines.ts';
import { storySchema } from '../rules/schema.ts';
import { checkTranslation } from '../rules/translation.ts';
import type { CheckedVersion, VersionUnderCheck } from '../types.ts';

// One story (all its language versions) checked on its own: everything but the steps that need the whole
// tree (file layout, duplicates, links between stories, silencing across a pair). Kept apart so that large
// trees can check stories on worker threads (./check-threads.ts).

/** What a story's checks need to know about the rest of the tree. */
export interface StoryContext {
  known: { topics: Set<string>; authors: Set<string> };
  /** Every path in the content folder, for relative image paths. */
  contentFiles: ReadonlySet<string>;
  /** Whether `public/{path}` exists; undefined when the public folder is unknown (then it is not checked). */
  publicFile: ((path: string) => boolean) | undefined;
  /** The glossary and its matcher, compiled once per thread. */
  glossary: GlossaryContext;
  /** The chronologies by topic, for `::timeline` (plain data: it is sent to worker threads as is). */
  timelines: ReadonlyMap<string, Timeline>;
}

export interface StoryResult {
  /** In the order they were found: the final sort is stable, so this order decides ties. */
  findings: Finding[];
  versions: CheckedVersion[];
}

const ruleById = (id: string) => (isRuleId(id) ? rules[id] : undefined);

/** Checks one story's files (in path order), each on its own and then against each other. */
export function checkStory(group: readonly StoryFile[], context: StoryContext): StoryResult {
  const findings: Finding[] = [];
  const story: VersionUnderCheck[] = [];
  const mentions = new Map<VersionUnderCheck, Set<string>>();
  for (const { file, slug, lang } of group) {
    const version = readVersion(file, slug, lang, findings);
    if (!version) continue;
    const glossary = checkGlossaryVersion(version, context.glossary);
    mentions.set(version, glossary.ids);
    for (const check of [
      checkReferences(version, context.known),
      checkTranslation(version),
      glossary.findings,
      checkPlaceholders(version),
      checkImages(version, context),
      checkStructures(version),
      checkTimelines(version, context.timelines),
    ]) {
      for (const f of check) findings.push(f);
    }
    story.push(version);
  }
  // The language versions against each other (one file per language: duplicates are reported elsewhere).
  const byLang = new Map<Locale, VersionUnderCheck>();
  for (const v of story) if (v.lang && !byLang.has(v.lang)) byLang.set(v.lang, v);
  const paired = locales.map((l) => byLang.get(l)).filter((v): v is VersionUnderCheck => !!v);
  const [first, ...others] = paired;
  for (const other of others) if (first) for (const f of [...comparePair(first, other), ...comparePositions(first, other)]) findings.push(f);
  const named = paired.map((v) => ({ file: v.file, lang: v.lang!, ids: mentions.get(v) ?? new Set<string>() }));
  for (const f of compareGlossary(named, context.glossary)) findings.push(f);
  const versions = story.map((v): CheckedVersion => {
    const settings = checkIgnoreList(v, ruleById);
    for (const f of settings.findings) findings.push(f);
    return {
      file: v.file,
      slug: v.slug,
      draft: v.draft,
      links: v.links,
      ignore: settings.ignore,
      partners: paired.includes(v) ? paired.filter((o) => o !== v).map((o) => o.file) : [],
      glossary: [...(mentions.get(v) ?? [])],
    };
  });
  return { findings, versions };
}

/** The `::timeline` directives of a version against the site's timelines. */
function checkTimelines(version: VersionUnderCheck, timelines: ReadonlyMap<string, Timeline>) {
  return (version.facts?.structures ?? []).flatMap((s) =>
    s.kind === 'timeline' ? sliceProblems(timelines, s.attributes).map((p) => timelineRange.finding(version.file, s.line, p)) : [],
  );
}

/**
 * A frontmatter value as a text piece. Its line is looked up only if a message needs it (see parseYaml): a
 * class, so that the getter is not made again for every value of every story.
 */
class FieldPiece implements TextPiece {
  readonly value: string;
  readonly #source: YamlSource;
  readonly #path: PropertyKey[];

  constructor(value: string, source: YamlSource, path: PropertyKey[]) {
    this.value = value;
    this.#source = source;
    this.#path = path;
  }

  get line(): number {
    return this.#source.fieldLine(this.#path);
  }
}

/** The frontmatter fields whose text readers see, as blocks with their lines. */
function frontmatterBlocks(raw: Record<string, unknown>, source: YamlSource): TextBlock[] {
  const blocks: TextBlock[] = [];
  const field = (path: PropertyKey[], value: unknown, name: string) => {
    if (typeof value !== 'string' || !value.trim()) return;
    blocks.push({ kind: 'frontmatter', field: name, pieces: [new FieldPiece(value, source, path)] });
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
  field(['imageCaption'], raw['imageCaption'], 'imageCaption');
  field(['imageCredit'], raw['imageCredit'], 'imageCredit');
  return blocks;
}

/** Reads one story file: its bytes, frontmatter and schema, and its body; what is wrong goes to `findings`. */
function readVersion(file: ContentFile, slug: string, lang: string, findings: Finding[]): VersionUnderCheck | undefined {
  const { text, findings: fileFindings } = readFileText(file);
  findings.push(...fileFindings);
  if (text === undefined) return undefined;
  // Invisible characters are reported once, above; the other checks read the text as it will be without them.
  const split = splitFrontmatter(fileFindings.some((f) => f.rule === 'file-invisible-char') ? withoutInvisible(text) : text);
  const version: VersionUnderCheck = {
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
  };
  if (split.yaml === undefined) {
    findings.push(frontmatterMissing.finding(file.path, 1));
  } else {
    const {
      source,
      data,
      findings: yamlFindings,
    } = checkYaml(split.yaml, split.startLine, file.path, storySchema, { dateFields: ['date', 'updated'] });
    findings.push(...yamlFindings);
    if (source) {
      const raw = isRecord(source.data) ? source.data : {};
      version.raw = raw;
      version.source = source;
      version.data = data;
      version.draft = raw['draft'] === true;
      version.blocks.push(...frontmatterBlocks(raw, source));
    }
  }
  const safety = checkSafety(file.path, text, split.body);
  findings.push(...safety);
  // A file over the size limit is not read further: reading it is what would take the time.
  if (safety.some((f) => f.rule === 'file-too-large')) return version;
  // MDX needs the MDX parser (which also finds its syntax errors); Markdown is read by the fast scanner.
  const facts = file.path.endsWith('.mdx') ? readBody(split.body, true) : scanMarkdown(split.body);
  version.facts = facts;
  version.links = facts.links;
  version.blocks.push(...facts.blocks);
  findings.push(...checkUrls(file.path, facts));
  for (const p of facts.problems)
    findings.push(p.kind === 'mdx-syntax' ? mdxSyntax.finding(file.path, p.line, p.detail) : directiveFinding(file.path, p.line, p));
  return version;
}
