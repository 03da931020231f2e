import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, formatGithub, formatReport, reportLang, type Finding } from '../../src/checks/index';
import { root } from '../helpers/build';
import { caseByName } from '../checks/cases';

const finding: Finding = {
  rule: 'pair-date',
  severity: 'error',
  file: 'articles/talks/en.md',
  line: 4,
  message: { en: '"date" differs.', ja: '日付が違います。' },
};

describe('the report', () => {
  it('writes file:line: severity [rule] message, in the chosen language', () => {
    expect(formatFinding(finding, 'content', 'en')).toBe('content/articles/talks/en.md:4: error [pair-date] "date" differs.');
    expect(formatFinding(finding, 'content', 'ja')).toBe('content/articles/talks/en.md:4: エラー [pair-date] 日付が違います。');
    expect(formatFinding(finding, 'content', 'both')).toBe(
      'content/articles/talks/en.md:4: error [pair-date] "date" differs.\n    日付が違います。',
    );
  });

  it('sums up, and says so when there is nothing to report', () => {
    expect(formatReport([], 'content', 'en', 3)).toBe('Checked 3 files: no problems.');
    expect(formatReport([finding], 'content', 'ja', 3)).toContain('エラー1件、警告0件');
  });

  it('takes the language from --lang, then DIGEST_CHECK_LANG, default both', () => {
    expect(reportLang('ja', 'en')).toBe('ja');
    expect(reportLang(undefined, 'en')).toBe('en');
    expect(reportLang(undefined, undefined)).toBe('both');
    expect(reportLang('fr', undefined)).toBe('both');
  });

  it('writes GitHub annotations with escaped properties', () => {
    expect(formatGithub([finding], 'content')).toBe(
      '::error file=content/articles/talks/en.md,line=4,title=pair-date%3A The language versions of a story have different dates.::"date" differs.%0A日付が違います。',
    );
  });
});

describe('npm run check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/check.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });

  it('exits 1 on errors and prints every problem as file:line: message', () => {
    const c = caseByName('en-foreign-script');
    const result = run('--content', c.content, '--lang', 'en');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes(': error ['));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tests\/checks\/cases\/en-foreign-script\/content\/articles\/talks\/en\.md:8: error \[en-foreign-script\] Arabic text "مثل"/);
    expect(lines[1]).toMatch(/en\.md:9: error \[en-foreign-script\] Japanese text "依然"/);
  });

  it('exits 0 when there are only warnings, and speaks Japanese on request', () => {
    const result = run('--content', caseByName('pair-numbers').content, '--lang', 'ja');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ja\.md:8: 警告 \[pair-numbers\] 数字「1000」/);
  });
});
