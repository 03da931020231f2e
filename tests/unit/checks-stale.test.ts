import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/checks/index';

/** pair-stale: the version that fell behind, in the editor's words, and never twice for one fact. */

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const front = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\ntopics: [peace-talks]\n---\n\n${body}\n`;

async function check(ja: Record<string, string>, en: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'stale-'));
  mkdirSync(join(dir, 'articles/talks'), { recursive: true });
  mkdirSync(join(dir, 'topics'));
  writeFileSync(join(dir, 'topics/peace-talks.yaml'), 'name:\n  ja: 和平交渉\n  en: Peace talks\ndescription:\n  ja: 交渉。\n  en: Talks.\n');
  writeFileSync(join(dir, 'articles/talks/ja.md'), front({ title: '協議', lead: '双方が協議した。', ...ja }, '双方が協議した。'));
  writeFileSync(join(dir, 'articles/talks/en.md'), front({ title: 'Talks', lead: 'The sides met.', ...en }, 'The sides met.'));
  return (await checkContentDir(dir)).findings;
}

describe('pair-stale', () => {
  it('warns on the translation when the original was updated after it, with the date to set', async () => {
    const findings = await check({ date: '2025-06-02', updated: '2025-06-10' }, { date: '2025-06-02' });
    expect(findings.map((f) => [f.rule, f.file.split('/').slice(-1)[0], f.line])).toEqual([['pair-stale', 'en.md', 4]]);
    expect(findings[0]!.message).toEqual({
      en: 'ja.md was updated on 2025-06-10 after this translation (2025-06-02): bring it up to date, then set updated: 2025-06-10',
      ja: 'ja.md は 2025-06-10 に更新されましたが、この訳文は 2025-06-02 のままです。変更を反映してから updated: 2025-06-10 にしてください。',
    });
  });

  it('warns on the original when the translation was updated after it, at its updated line', async () => {
    const findings = await check({ date: '2025-06-02', updated: '2025-06-03' }, { date: '2025-06-02', updated: '2025-06-05' });
    expect(findings.map((f) => [f.rule, f.file.split('/').slice(-1)[0], f.line])).toEqual([['pair-stale', 'ja.md', 5]]);
    expect(findings[0]!.message.en).toBe(
      'en.md was updated on 2025-06-05 after this version (2025-06-03): bring it up to date, then set updated: 2025-06-05',
    );
  });

  it('is quiet once the translation has the same updated date: no pair-meta either', async () => {
    expect(await check({ date: '2025-06-02', updated: '2025-06-10' }, { date: '2025-06-02', updated: '2025-06-10' })).toEqual([]);
  });

  it('leaves different publication dates to pair-date', async () => {
    const findings = await check({ date: '2025-06-02' }, { date: '2025-06-03' });
    expect(findings.map((f) => f.rule)).toEqual(['pair-date']);
  });
});
