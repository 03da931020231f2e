import { describe, expect, it } from 'vitest';
import { aliasProblem } from '../../src/checks/read/yaml-source';
import { decodeText, withoutInvisible } from '../../src/checks/read/hygiene';
import { comparePair, pairFields } from '../../src/checks/rules/pair';
import { badUrls, htmlDisallowed, htmlProblems, type DisallowedHtml } from '../../src/checks/rules/safety';
import { lowercaseWords, midSentenceCapitals, scriptName } from '../../src/checks/rules/writing-systems';
import type { TextBlock } from '../../src/checks/read/text';
import type { VersionUnderCheck } from '../../src/checks/types';
import { closestName, editDistance } from '../../src/shared/suggest';

const block = (value: string, line = 1): TextBlock => ({ kind: 'body', pieces: [{ value, line }] });

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sorce', 'source')).toBe(1);
    expect(editDistance('tpoics', 'topics')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a close known name, and nothing for a name far from all of them', () => {
    expect(closestName('peace-talk', ['ukraine', 'peace-talks'])).toBe('peace-talks');
    expect(closestName('ukrain', ['ukraine', 'peace-talks'])).toBe('ukraine');
    expect(closestName('qoute', ['analysis', 'quote'])).toBe('quote');
    expect(closestName('weather', ['ukraine', 'peace-talks'])).toBeUndefined();
    // Two letters are too few to guess from.
    expect(closestName('eu', ['us'])).toBeUndefined();
    expect(closestName('quote', ['analysis', 'quote'])).toBeUndefined();
  });
});

describe('the foreign-script message names the right language', () => {
  it('gives the language tag of the script', () => {
    expect(scriptName('مرحبا').lang).toBe('ar');
    expect(scriptName('依然').lang).toBe('ja');
    expect(scriptName('Київ').lang).toBe('ru');
    expect(scriptName('서울').lang).toBe('ko');
  });
});

describe('common words capitalised mid-sentence', () => {
  it('flags "Gaps" when the version also writes "gaps"', () => {
    const text = block('The talks ended, and big Gaps remain.', 7);
    expect(midSentenceCapitals(text, new Set(['gaps']))).toEqual([{ text: 'Gaps', line: 7 }]);
  });

  it('leaves names alone: never written in lowercase, after "the"/"in", or in a run of capitals', () => {
    const words = lowercaseWords([block('the gaps, the west, the council and the turkey farm')]);
    expect(midSentenceCapitals(block('talks with Russia, envoy Witkoff, in Turkey, the West and the Security Council'), words)).toEqual([]);
    expect(midSentenceCapitals(block('big Gaps remain'), new Set())).toEqual([]);
  });
});

describe('URL schemes in a body', () => {
  it('refuses javascript:, data: and vbscript:, in any case and after spaces; keeps https, mailto and site paths', () => {
    const found = badUrls({
      links: [
        { url: 'javascript:alert(1)', line: 1 },
        { url: ' JaVaScRiPt:alert(1)', line: 2 },
        { url: 'vbscript:x', line: 3 },
        { url: 'https://apnews.com/x', line: 4 },
        { url: 'mailto:desk@example.org', line: 5 },
        { url: '/en/topics/ukraine/', line: 6 },
        { url: '#fn-1', line: 7 },
      ],
      images: [
        { url: 'data:image/png;base64,AAAA', line: 8, alt: 'x' },
        { url: 'mailto:x@y.z', line: 9, alt: 'x' },
        { url: './map.png', line: 10, alt: 'x' },
      ],
    });
    expect(found.map((f) => [f.line, f.scheme, f.image])).toEqual([
      [1, 'javascript', false],
      [2, 'JaVaScRiPt', false],
      [3, 'vbscript', false],
      [8, 'data', true],
      [9, 'mailto', true],
    ]);
  });
});

describe('resource limits of the readers', () => {
  it('refuses aliases that expand into too much data, at the first alias, and accepts a few', () => {
    const bomb = [
      'a0: &a0 [x, x, x, x, x, x, x, x, x]',
      ...[1, 2, 3, 4, 5, 6].map(
        (i) =>
          `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
      ),
    ];
    const started = performance.now();
    expect(aliasProblem(bomb.join('\n'), 2)).toMatchObject({ line: 3, code: 'ALIAS_COUNT' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(aliasProblem('a: &a [x, y]\nb: *a\n', 1)).toBeUndefined();
    // A star that is not an alias (in a quoted value) costs nothing.
    expect(aliasProblem('title: "Putin *said* this"\n', 1)).toBeUndefined();
  });

  it('reports non-characters as invisible characters, and reads the rest without them', () => {
    const { problems } = decodeText(new TextEncoder().encode('title: Talks\uFFFE\nlead: x\uDBFF\uDFFF\n'));
    expect(problems).toEqual([
      { kind: 'invisible', line: 1, chars: ['\uFFFE'] },
      { kind: 'invisible', line: 2, chars: ['\u{10FFFF}'] },
    ]);
    expect(withoutInvisible('Talks\uFFFE and\u200B more\uFDD0')).toBe('Talks and more');
  });
});

describe('pair checks with a broken frontmatter', () => {
  const version = (file: string, raw: Record<string, unknown> | undefined, body: string): VersionUnderCheck => ({
    file,
    slug: 'talks',
    lang: file.startsWith('talks/ja') ? 'ja' : 'en',
    raw,
    data: undefined,
    source: raw ? { data: raw, text: '', fieldLine: () => 3 } : undefined,
    facts: { blocks: [], analysis: [], structures: [], links: [], images: [], problems: [] },
    blocks: [block(body, 9)],
    links: [],
    draft: false,
  });

  it('uses the valid fields of a frontmatter that has an invalid one', () => {
    expect(pairFields({ data: undefined, raw: { kind: 'analyss', keyPoints: ['a', 'b'], date: '2025-05-16' } })).toMatchObject({
      keyPoints: ['a', 'b'],
      date: new Date('2025-05-16'),
    });
    expect('kind' in pairFields({ data: undefined, raw: { kind: 'analyss' } })).toBe(false);
  });

  it('still counts key points when kind is invalid, and still compares the bodies when the YAML cannot be read', () => {
    const ja = version('talks/ja.md', { keyPoints: ['a', 'b'], kind: 'news' }, '1000人');
    const en = version('talks/en.md', { keyPoints: ['a', 'b', 'c'], kind: 'newz' }, '100 prisoners');
    expect(comparePair(ja, en).map((f) => f.rule)).toEqual(['pair-count', 'pair-numbers', 'pair-numbers']);
    const broken = version('talks/ja.md', undefined, '1000人');
    expect(comparePair(broken, en).map((f) => [f.rule, f.file])).toEqual([
      ['pair-numbers', 'talks/ja.md'],
      ['pair-numbers', 'talks/en.md'],
    ]);
  });
});

describe('the html-disallowed message', () => {
  it('names an attribute and its element in each language’s own word order', () => {
    const [[line, what]] = htmlProblems('text\n<span lang="ar" onclick="x()">a</span>') as [[number, DisallowedHtml]];
    expect(line).toBe(2);
    const message = htmlDisallowed.message(what);
    expect(message.en).toMatch(/^the attribute onclick on <span> is not allowed/);
    expect(message.ja).toMatch(/^<span> の属性 onclick は記事に書けず/);
    expect(message.ja).not.toMatch(/the attribute/);
  });
});
