import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/build';
import { vnuErrors } from '../helpers/vnu';

/*
 * The W3C Nu validator (vnu-jar, on the machine's Java) over the built search pages. It checks what html-validate
 * does not, such as the text of a <time> inside the results' <template>.
 */
const errors = vnuErrors;

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
