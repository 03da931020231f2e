import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fixtureSite, root } from '../helpers/build';
import { htmlFiles } from '../helpers/dist';

/**
 * Every built page of the fixture site passes html-validate with the committed `.htmlvalidate.json`
 * (the `recommended` and `document` presets). One rule option differs from the presets:
 *
 * - `require-sri` checks only cross-origin resources (`target: "crossorigin"`). Subresource Integrity protects a
 *   page from a tampered third-party server; every script and stylesheet here comes from the same origin as the
 *   HTML that names it, so a hash would only guard the file against the server that also serves the hash.
 *
 * Run it by hand on any build: `npx html-validate dist` (the config is found from the repository root).
 */
const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const dist = fixtureSite.dist;

const describeMessage = (file: string, m: Message) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('valid HTML', () => {
  const files = htmlFiles(dist);

  it('checks every page of the fixture site', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('404.html');
    expect(files).toContain('index.html');
  });

  it('every page passes html-validate', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
      for (const result of report.results) for (const m of result.messages) problems.push(describeMessage(file, m));
    }
    expect(problems.join('\n')).toBe('');
  });
});
