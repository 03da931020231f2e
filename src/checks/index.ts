// The content checker's API, used by npm run check, the build and the tests: read/ reads, rules/ judges, run/ orchestrates, report/ formats.
import { finishContent, planContent } from './run/content.ts';
import { loadContent, publicFileIn } from './read/load.ts';
import { checkStories, type ThreadOptions } from './run/check-threads.ts';
import type { Finding } from './rules/index.ts';

export { checkContent, type CheckOptions } from './run/content.ts';
export { loadContent, type ContentFile } from './read/load.ts';
export type { ThreadOptions } from './run/check-threads.ts';
export { formatFinding, formatGithub, formatReport, reportLang, summarize, type ReportLang } from './report/format.ts';
export { isRuleId, ruleIds, rules, type Finding, type RuleId } from './rules/index.ts';
export type { Localized, RuleInfo, Severity } from './types.ts';

/**
 * Reads a content folder from disk and checks it: what `npm run check` and the build run. The same findings as
 * `checkContent(loadContent(dir), …)`, but a large tree is checked on several threads (see ./run/check-threads.ts).
 * `publicDir` (the site's `public/`) is used to check links and images that start with `/`.
 */
export async function checkContentDir(dir: string, publicDir?: string, threads?: ThreadOptions): Promise<{ findings: Finding[]; fileCount: number }> {
  const files = loadContent(dir);
  const publicFile = publicFileIn(publicDir);
  const plan = planContent(files, publicFile ? { publicFile } : {});
  const { known, contentFiles } = plan.context;
  const setup = () => ({
    dir,
    publicDir,
    topics: [...known.topics],
    authors: [...known.authors],
    contentFiles: [...contentFiles],
    glossary: [...plan.context.glossary.entries],
    timelines: [...plan.context.timelines],
  });
  const results = await checkStories(plan.stories, plan.context, setup, threads);
  return { findings: finishContent(plan, results), fileCount: files.length };
}
