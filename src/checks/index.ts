import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './content.ts';
import { loadContent } from './load.ts';
import type { Finding } from './types.ts';

export { checkContent, type CheckOptions, type ContentFile } from './content.ts';
export { loadContent } from './load.ts';
export { formatFinding, formatGithub, formatReport, reportLang, summarize, type ReportLang } from './report.ts';
export { isRuleId, ruleIds, rules, type RuleId, type RuleInfo } from './rules.ts';
export type { Finding, Localized, Severity } from './types.ts';

/**
 * Reads a content folder from disk and checks it: what `npm run check` and the build run.
 * `publicDir` (the site's `public/`) is used to check links and images that start with `/`.
 */
export function checkContentDir(dir: string, publicDir?: string): { findings: Finding[]; fileCount: number } {
  const files = loadContent(dir);
  const publicFile = publicDir ? (path: string) => existsSync(join(publicDir, path)) : undefined;
  return { findings: checkContent(files, publicFile ? { publicFile } : {}), fileCount: files.length };
}
