import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/build';

/*
 * The W3C Nu validator (vnu-jar, on the machine's Java) over the built search pages. It checks what html-validate
 * does not, such as the text of a <time> inside the results' <template>.
 */
const vnu = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  message: string;
  url: string;
  lastLine?: number;
}

function errors(files: string[]): VnuMessage[] {
  let out: string;
  try {
    out = execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // vnu exits 1 when it finds errors and writes its report to stderr.
    out = String((error as { stderr?: string }).stderr ?? '');
  }
  const report = JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error');
}

describe('the search pages pass the W3C Nu validator', () => {
  it('/ja/search/ and /en/search/ have no errors', () => {
    const files = ['ja', 'en'].map((lang) => join(fixtureSite.dist, lang, 'search/index.html'));
    expect(errors(files).map((m) => `${m.url}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });

  it('would report an empty <time> in the result template (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    const file = join(dir, 'index.html');
    const html = readFileSync(join(fixtureSite.dist, 'en/search/index.html'), 'utf8');
    writeFileSync(file, html.replace(/<span data-field="date"([^>]*)><\/span>/, '<time data-field="date"$1></time>'));
    expect(errors([file]).map((m) => m.message)).toEqual([expect.stringContaining('time')]);
  });
});
