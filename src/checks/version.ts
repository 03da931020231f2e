import type { Locale } from '../i18n/locales.ts';
import type { ArticleData } from '../schemas/index.ts';
import type { BodyFacts, Target } from './markdown.ts';
import type { RuleId } from './rules.ts';
import type { TextBlock } from './text.ts';
import type { Localized, Severity } from './types.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * One language version of a story while it is being checked. The heavy parts (text blocks, body facts, data)
 * are dropped once the story has been compared with its other version.
 */
export interface Version {
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
  /** Rule ids silenced in this file (`checks.ignore`). */
  ignore: ReadonlySet<string>;
}

/** Records a finding; the severity defaults to the rule's. */
export type Add = (rule: RuleId, file: string, line: number, message: Localized, severity?: Severity) => void;

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
