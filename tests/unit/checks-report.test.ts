import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatFinding, formatGithub, formatReport, reportLang, type Finding } from '../../src/checks/index';
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
    expect(formatFinding(finding, 'content', 'both')).toBe('content/articles/talks/en.md:4: error [pair-date] "date" differs.\n    日付が違います。');
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

describe('the per-file limit', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const frontmatter = (title: string) => `---\ntitle: ${title}\nlead: ${title}\ndate: 2025-05-16\ntopics: [peace-talks]\n---\n`;

  it('keeps 20 findings of a rule in a file and sums up the rest right after the 20th', () => {
    // 25 paragraphs, each with a Japanese word (en-foreign-script) and a placeholder, on lines 8, 10, … 56.
    const body = Array.from({ length: 25 }, () => '\nAnother line with 日本 and TODO.\n').join('');
    const findings = checkContent([
      { path: 'topics/peace-talks.yaml', bytes: encode('name:\n  ja: 和平\n  en: Peace\ndescription:\n  ja: 説明。\n  en: Description.\n') },
      { path: 'articles/talks/en.md', bytes: encode(frontmatter('Talks') + body) },
      { path: 'articles/talks/ja.md', bytes: encode(`${frontmatter('協議')}\n本文です。\n`) },
    ]);
    const shown = findings.map((f) => `${f.line} ${f.rule}${f.message.en.startsWith('…and') ? ` ${f.message.en}` : ''}`);
    expect(shown).toHaveLength(42);
    expect(shown.slice(0, 2)).toEqual(['8 en-foreign-script', '8 placeholder']);
    expect(shown.slice(-4)).toEqual([
      '46 en-foreign-script',
      '46 en-foreign-script …and 5 more "en-foreign-script" problem(s) in this file after this line.',
      '46 placeholder',
      '46 placeholder …and 5 more "placeholder" problem(s) in this file after this line.',
    ]);
  });
});

describe('npm run check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/check.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });

  it('exits 1 on errors and prints every problem as file:line: message', () => {
    const c = caseByName('en-foreign-script');
    const result = run('--content', c.content, '--lang', 'en');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes(': error ['));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^tests\/checks\/cases\/en-foreign-script\/content\/articles\/talks\/en\.md:8: error \[en-foreign-script\] Arabic text "مثل"/,
    );
    expect(lines[1]).toMatch(/en\.md:9: error \[en-foreign-script\] Japanese text "依然"/);
  });

  it('exits 0 when there are only warnings, and speaks Japanese on request', () => {
    const result = run('--content', caseByName('pair-numbers').content, '--lang', 'ja');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ja\.md:8: 警告 \[pair-numbers\] 数字「1000」/);
  });
});
