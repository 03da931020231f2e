import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { caseByName } from '../checks/cases';

// Building is slow (5-10 s a build), so only a few representative cases go through `astro build`; every case
// is run through the checker itself in tests/unit/checks-cases.test.ts.
const build = (name: string) => {
  const c = caseByName(name);
  const out = join(outputRoot, 'checks', name);
  return buildSite({ content: c.content, dist: join(out, 'dist'), cache: join(out, 'cache'), env: { DIGEST_CHECK_LANG: 'en' } });
};

describe('astro build runs the content checks first', () => {
  it('refuses stray Arabic and Japanese words in English text, listing both, without a stack trace', () => {
    const result = build('en-foreign-script');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/en-foreign-script\/content\/articles\/talks\/en\.md:8: error \[en-foreign-script\] Arabic text "مثل"/);
    expect(result.output).toMatch(/articles\/talks\/en\.md:9: error \[en-foreign-script\] Japanese text "依然"/);
    expect(result.output).toContain('The build stopped: 2 content error(s)');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  it('refuses broken frontmatter with the checker’s message and line, before Astro reads the collection', () => {
    const result = build('yaml-syntax');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/yaml-syntax\/content\/articles\/talks\/en\.md:2: error \[yaml-syntax\] The YAML cannot be read/);
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  // The pages never judge content themselves (pairStories groups what it is given): a story that names a topic
  // without a file stops the build here, with the checker's file:line message, before any page is rendered.
  it('refuses an unknown topic with the checker’s message, before any page is built', () => {
    const result = build('ref-topic');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/ref-topic\/content\/articles\/talks\/en\.md:5: error \[ref-topic\] Unknown topic "peace-talk"/);
    expect(result.output).toMatch(/articles\/talks\/ja\.md:5: error \[ref-topic\]/);
    expect(result.output).toContain('The build stopped: 2 content error(s)');
    expect(result.output).not.toContain('generating static routes');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  it('prints warnings and builds anyway', () => {
    const result = build('pair-numbers');
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).toMatch(/articles\/talks\/en\.md:8: warning \[pair-numbers\] The number "100"/);
  });
});
