import type { Locale } from '../../shared/locales.ts';
import type { ArticleData } from '../../schemas/index.ts';
import type { BodyFacts, Target } from '../read/markdown.ts';
import type { RuleId } from '../rules/catalogue.ts';
import type { TextBlock } from '../read/text.ts';
import type { Localized, Severity } from '../types.ts';
import type { YamlSource } from '../read/yaml-source.ts';

/**
 * One language version of a story while it is being checked (see ./story.ts). It lives only as long as its
 * story is checked: what the whole-tree steps need of it is copied into a `CheckedVersion`.
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

/** Records a finding; the severity defaults to the rule's. */
export type Add = (rule: RuleId, file: string, line: number, message: Localized, severity?: Severity) => void;

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
