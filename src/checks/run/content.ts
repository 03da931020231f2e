// run/: the order of the checks over a whole tree (this file), one story at a time (./story.ts), and on worker threads (./check-threads.ts).
import { authorSchema, glossarySchema, topicSchema } from '../../schemas/index.ts';
import { compileMatcher, termsOf } from '../../shared/glossary/index.ts';
import { isRecord } from '../read/yaml-source.ts';
import type { ContentFile } from '../read/load.ts';
import { limitPerFile } from '../report/limit.ts';
import { readFileText } from '../rules/files.ts';
import { checkYaml } from '../rules/frontmatter.ts';
import { checkGlossaryConflicts, checkGlossaryUnused, type GlossaryFile } from '../rules/glossary.ts';
import { rules, type Finding } from '../rules/index.ts';
import { checkImage, imageMissing } from '../rules/images.ts';
import { checkLinks } from '../rules/links.ts';
import { checkLayout, type StoryFile } from '../rules/paths.ts';
import { timelineFileFindings, timelineTopic } from '../rules/structures.ts';
import { timelineOf, timelineProblems, type Timeline } from '../../shared/timelines.ts';
import { parseYaml } from '../read/yaml-source.ts';
import { yamlSyntax } from '../rules/frontmatter.ts';
import { checkStory, type StoryContext, type StoryResult } from './story.ts';

export interface CheckOptions {
  /** Whether `public/{path}` exists, for links and images starting with `/`. Not checked when absent. */
  publicFile?: (path: string) => boolean;
}

/**
 * Checks a whole content tree and returns every problem found, sorted by file and line. Pure: the files are
 * passed in (see `loadContent` in ../read/load.ts for reading them from disk).
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Finding[] {
  const plan = planContent(files, options);
  return finishContent(
    plan,
    plan.stories.map((story) => checkStory(story, plan.context)),
  );
}

/** The tree-wide checks that come before the stories, and what the stories are. */
export interface ContentPlan {
  /** Problems with the layout of the tree, duplicates, topics and authors. */
  findings: Finding[];
  /** Story files grouped by story, in path order: each group is checked with {@link checkStory}. */
  stories: StoryFile[][];
  context: StoryContext;
  /** The glossary files that could be read, for the entries no story mentions. */
  glossaryFiles: GlossaryFile[];
  /** Rule ids silenced in glossary files (`checks.ignore`), by file. */
  glossaryIgnore: Map<string, ReadonlySet<string>>;
}

/** Steps 1–3 of {@link checkContent}: where files are, duplicates, topics and authors, then what the stories are. */
export function planContent(files: readonly ContentFile[], options: CheckOptions): ContentPlan {
  const findings: Finding[] = [];
  const contentFiles = new Set(files.map((f) => f.path));

  // 1. Where files are and what they are called, and two files for one story language, topic or author.
  const layout = checkLayout(files);
  findings.push(...layout.findings);

  // 2. Topics, authors and the glossary.
  const known = { topics: new Set<string>(), authors: new Set<string>() };
  const glossaryFiles: GlossaryFile[] = [];
  const glossaryIgnore = new Map<string, ReadonlySet<string>>();
  const timelineFiles: { path: string; id: string; text: string }[] = [];
  for (const { file, collection, id } of layout.data) {
    if (collection === 'timelines') {
      const { text, findings: fileFindings } = readFileText(file);
      findings.push(...fileFindings);
      if (text !== undefined) timelineFiles.push({ path: file.path, id, text });
      continue;
    }
    if (collection !== 'glossary') known[collection].add(id);
    const { text, findings: fileFindings } = readFileText(file);
    findings.push(...fileFindings);
    if (text === undefined) continue;
    const schema = collection === 'topics' ? topicSchema : collection === 'authors' ? authorSchema : glossarySchema;
    const checked = checkYaml(text, 1, file.path, schema);
    findings.push(...checked.findings);
    const photo = collection === 'authors' && checked.source && isRecord(checked.source.data) ? checked.source.data['photo'] : undefined;
    if (typeof photo === 'string' && checked.source) {
      // Astro's image() would stop the build with its own message; say it here first, with the line.
      const missing = checkImage(photo, file.path, { contentFiles, publicFile: options.publicFile });
      if (missing) findings.push(imageMissing.finding(file.path, checked.source.fieldLine(['photo']), missing));
    }
    if (collection === 'glossary' && checked.source && isRecord(checked.source.data)) {
      glossaryFiles.push({ path: file.path, terms: termsOf(id, checked.source.data), source: checked.source });
      const ignore = (checked.source.data['checks'] as { ignore?: unknown } | undefined)?.ignore;
      if (Array.isArray(ignore)) glossaryIgnore.set(file.path, new Set(ignore.filter((i): i is string => typeof i === 'string')));
    }
  }
  for (const f of checkGlossaryConflicts(glossaryFiles)) findings.push(f);

  // Chronologies, once the topics are known: a file per topic, its events in both languages.
  const slugs = [...new Set(layout.stories.map((s) => s.slug))];
  const timelines = new Map<string, Timeline>();
  for (const { path, id, text } of timelineFiles) {
    const { source, problem } = parseYaml(text, 1);
    if (problem || !source) {
      if (problem) findings.push(yamlSyntax.finding(path, problem.line, problem));
      continue;
    }
    if (!known.topics.has(id)) findings.push(timelineTopic.finding(path, 1, { topic: id, known: [...known.topics].sort() }));
    const lines = text.split('\n');
    const writtenDate = (i: number) => {
      const line = lines[source.fieldLine(['events', i, 'date']) - 1] ?? '';
      return /\bdate\s*:\s*["']?([^"'\s#]+)/.exec(line)?.[1];
    };
    findings.push(...timelineFileFindings(path, source, timelineProblems(source.data, new Set(slugs), writtenDate), slugs));
    timelines.set(id, timelineOf(id, source.data));
  }
  const entries = glossaryFiles.map((f) => f.terms);
  const glossary = { entries, matcher: compileMatcher(entries) };

  // 3. Stories are checked one by one (both languages together), so that only a little of each story stays in
  //    memory: the facts later steps need (drafts, links, what is silenced), not its text.
  const bySlug = new Map<string, StoryFile[]>();
  for (const a of layout.stories) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);
  return {
    findings,
    stories: [...bySlug.values()],
    context: { known, contentFiles, publicFile: options.publicFile, glossary, timelines },
    glossaryFiles,
    glossaryIgnore,
  };
}

/**
 * Steps 4 to 6 of {@link checkContent}, once every story has been checked (`results` in the order of
 * `plan.stories`): links between stories, glossary entries nothing mentions, what editors silenced, then
 * sorting and the per-file limit.
 */
export function finishContent(plan: ContentPlan, results: readonly StoryResult[]): Finding[] {
  const findings = [...plan.findings];
  for (const result of results) for (const f of result.findings) findings.push(f);
  const versions = results.flatMap((r) => r.versions);
  const { known, contentFiles, publicFile } = plan.context;

  // 4. Links, once every story is known.
  const timelines = new Set(plan.context.timelines.keys());
  for (const f of checkLinks(versions, { topics: known.topics, timelines, authors: known.authors, contentFiles, publicFile })) findings.push(f);

  // 5. Glossary entries that no story mentions (drafts count: an entry may be added before its story is out).
  const mentioned = new Set(versions.flatMap((v) => v.glossary));
  for (const f of checkGlossaryUnused(plan.glossaryFiles, mentioned)) findings.push(f);

  // 6. What editors silenced on purpose (each file's list was read and checked with the file).
  const ignored = new Map<string, ReadonlySet<string>>([...plan.glossaryIgnore, ...versions.map((v) => [v.file, v.ignore] as const)]);
  const partners = new Map<string, string[]>(versions.map((v) => [v.file, v.partners]));
  const silenced = (f: Finding) => {
    if (!rules[f.rule].ignorable) return false;
    if (ignored.get(f.file)?.has(f.rule)) return true;
    return f.rule.startsWith('pair-') && (partners.get(f.file) ?? []).some((p) => ignored.get(p)?.has(f.rule));
  };

  const kept = findings.filter((f) => !silenced(f));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return limitPerFile(kept);
}
