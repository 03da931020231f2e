import type { RuleId } from './rules/catalogue.ts';

/** The two languages the checker speaks to editors in (independent of the site's locales list). */
export type MessageLang = 'en' | 'ja';

/** A message written once per language, so that the report can follow the editor's setting. */
export interface Localized {
  en: string;
  ja: string;
}

export type Severity = 'error' | 'warning';

/** One problem in one place. `file` is relative to the content folder, with `/` separators. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  file: string;
  /** 1-based line in the file (1 when the problem is about the file as a whole). */
  line: number;
  message: Localized;
}
