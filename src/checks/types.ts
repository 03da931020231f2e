// The checker's shared vocabulary: messages, severities, findings and the story version the rules look at.
// Only readers' and schemas' types are imported here, and none of them imports this module back.
import type { Locale } from '../shared/locales.ts';
import type { ArticleData } from '../schemas/index.ts';
import type { BodyFacts, Target } from './read/body-facts.ts';
import type { TextBlock } from './read/text.ts';
import type { YamlSource } from './read/yaml-source.ts';

/** The two languages the checker speaks to editors in (independent of the site's locales list). */
export type MessageLang = 'en' | 'ja';

/** A message written once per language, so that the report can follow the editor's setting. */
export interface Localized {
  en: string;
  ja: string;
}

export type Severity = 'error' | 'warning';

/**
 * One problem in one place, found by the rule `Id` (`Finding` in ./rules/index.ts is a finding of any rule of
 * the registry). `file` is relative to the content folder, with `/` separators.
 */
export interface FindingOf<Id extends string> {
  rule: Id;
  severity: Severity;
  file: string;
  /** 1-based line in the file (1 when the problem is about the file as a whole). */
  line: number;
  message: Localized;
}

/** How a rule is shown in the report and in the rule tables of CONTRIBUTING.md and CONTRIBUTING.ja.md. */
export interface RuleInfo {
  /** Stable: editors write it in `checks.ignore`, and the tests and the guides refer to it. */
  id: string;
  /** Errors stop `npm run check` and the build; warnings are printed only. */
  severity: Severity;
  /** The severity in a draft, for a rule that is milder while a story is still being written. */
  draftSeverity?: Severity;
  /** Whether `checks: { ignore: [id] }` in a file's frontmatter may silence it. */
  ignorable: boolean;
  /** One line on what the rule catches (the title of a GitHub annotation, "What it means" in the guides). */
  explain: Localized;
  /** Where each guide explains the rule: the heading of the table that has a row for it. */
  anchor: Localized;
}

/**
 * One language version of a story while it is being checked (see ./run/story.ts). It lives only as long as its
 * story is checked: what the whole-tree steps need of it is copied into a {@link CheckedVersion}.
 */
export interface VersionUnderCheck {
  file: string;
  slug: string;
  /** Undefined for a file not named after a language (reported by path-language). */
  lang: Locale | undefined;
  raw: Record<string, unknown> | undefined;
  data: ArticleData | undefined;
  source: YamlSource | undefined;
  facts: BodyFacts | undefined;
  blocks: TextBlock[];
  links: Target[];
  draft: boolean;
}

/** What the whole-tree steps need of one checked version (not its text). Plain data: it crosses threads. */
export interface CheckedVersion {
  file: string;
  slug: string;
  draft: boolean;
  links: Target[];
  /** Rule ids silenced in this file (`checks.ignore`). */
  ignore: ReadonlySet<string>;
  /** The other language versions of the story it was compared with. */
  partners: string[];
  /** The ids of the glossary entries it mentions. */
  glossary: string[];
}
