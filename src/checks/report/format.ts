// report/: how findings are shown to editors: the text report, GitHub annotations, and the per-file limit (./limit.ts).
import { rules, type Finding } from '../rules/index.ts';
import type { MessageLang } from '../types.ts';

/** Which language(s) the report speaks: one, or both (English first, Japanese on the next line). */
export type ReportLang = MessageLang | 'both';

/**
 * Reads the editor's language setting: `--lang` wins, then `DIGEST_CHECK_LANG`, else both.
 * @example reportLang(undefined, 'ja') // 'ja'
 */
export function reportLang(flag: string | undefined, env: string | undefined): ReportLang {
  for (const value of [flag, env]) if (value === 'ja' || value === 'en' || value === 'both') return value;
  return 'both';
}

const severityWord = { en: { error: 'error', warning: 'warning' }, ja: { error: 'エラー', warning: '警告' } } as const;

/**
 * One finding as `file:line: severity [rule] message`, the format editors and editors' tools (VS Code's
 * terminal, GitHub logs) turn into links. `prefix` is the content folder as the reader sees it.
 * @example formatFinding(f, 'content', 'en') // 'content/articles/talks/en.md:7: error [en-foreign-script] Japanese text …'
 */
export function formatFinding(finding: Finding, prefix: string, lang: ReportLang): string {
  const where = `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${finding.file}:${finding.line}:`;
  const first: MessageLang = lang === 'ja' ? 'ja' : 'en';
  const line = `${where} ${severityWord[first][finding.severity]} [${finding.rule}] ${finding.message[first]}`;
  return lang === 'both' ? `${line}\n    ${finding.message.ja}` : line;
}

/** Counts for the summary line. */
export function summarize(findings: readonly Finding[]) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * The whole report: every finding, then a summary; the summary also says how to silence a warning.
 * @example formatReport([], 'content', 'en', 12) // 'Checked 12 files: no problems.'
 */
export function formatReport(findings: readonly Finding[], prefix: string, lang: ReportLang, fileCount: number): string {
  const { errors, warnings } = summarize(findings);
  const lines = findings.map((f) => formatFinding(f, prefix, lang));
  const en =
    errors + warnings === 0
      ? `Checked ${fileCount} files: no problems.`
      : `Checked ${fileCount} files: ${errors} error(s), ${warnings} warning(s).${errors ? ' Errors must be fixed before the site can be built.' : ''}`;
  const ja =
    errors + warnings === 0
      ? `${fileCount}個のファイルを確認しました。問題はありません。`
      : `${fileCount}個のファイルを確認しました。エラー${errors}件、警告${warnings}件。${errors ? 'エラーを直すまでサイトはビルドできません。' : ''}`;
  const help = {
    en: 'Each [rule-id] is explained in CONTRIBUTING.md. Where the guide says a rule can be silenced, add "checks: { ignore: [rule-id] }" to that file\'s frontmatter to silence it on purpose.',
    ja: '各 [ルールID] の説明はCONTRIBUTING.ja.mdにあります。手引きで「無視できる」とされているルールは、そのファイルのフロントマターに「checks: { ignore: [ルールID] }」と書くと意図的に止められます。',
  };
  const summary = lang === 'both' ? [en, ja] : [lang === 'ja' ? ja : en];
  if (errors + warnings > 0) summary.push(...(lang === 'both' ? [help.en, help.ja] : [help[lang === 'ja' ? 'ja' : 'en']]));
  return [...lines, ...(lines.length ? [''] : []), ...summary].join('\n');
}

/**
 * GitHub Actions workflow commands, so that the problems appear as annotations on the pull request's files.
 * `prefix` is the content folder relative to the repository root.
 */
export function formatGithub(findings: readonly Finding[], prefix: string): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings
    .map((f) => {
      const file = `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${f.file}`;
      const title = `${f.rule}: ${rules[f.rule].explain.en}`;
      return `::${f.severity} file=${prop(file)},line=${f.line},title=${prop(title)}::${escape(`${f.message.en}\n${f.message.ja}`)}`;
    })
    .join('\n');
}
