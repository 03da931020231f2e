import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/checks/read/markdown';
import { readFileText } from '../../src/checks/rules/files';
import { englishSentences, foreignRuns, scriptName } from '../../src/checks/rules/writing-systems';
import { flatten, quoted, type TextBlock } from '../../src/checks/read/text';

const block = (value: string, line = 1): TextBlock => ({ kind: 'body', pieces: [{ value, line }] });
const bodyRuns = (md: string) => readBody(md, false).blocks.flatMap((b) => foreignRuns(b));

describe('non-Latin text in English', () => {
  it('finds the stray words of seed 000 (an Arabic and a Japanese word)', () => {
    expect(foreignRuns(block('core issues مثل a ceasefire'))).toEqual([{ text: 'مثل', line: 1 }]);
    expect(foreignRuns(block('highlighting the依然 challenging path', 4))).toEqual([{ text: '依然', line: 4 }]);
    expect(scriptName('مثل').en).toBe('Arabic');
    expect(scriptName('依然').en).toBe('Japanese');
  });

  it('finds Japanese punctuation and Cyrillic too, on the right line', () => {
    expect(foreignRuns(block('First line.\nSecond line、 and Київ.', 10))).toEqual([
      { text: '、', line: 11 },
      { text: 'Київ', line: 11 },
    ]);
  });

  it('leaves quotes, parenthesised glosses, code and lang elements alone', () => {
    expect(bodyRuns('They said “依然” and "مثل". The Diet (国会) met. Use `日本語` here.')).toEqual([]);
    expect(bodyRuns('A <span lang="ja">依然</span> word.')).toEqual([]);
    expect(bodyRuns('```\n日本語\n```')).toEqual([]);
  });
});

describe('untranslated English in Japanese', () => {
  it('flags an English sentence but not names', () => {
    expect(englishSentences(block('専門家は The talks ended without any agreement. と述べた')).map((h) => h.text)).toEqual([
      'The talks ended without any agreement.',
    ]);
    expect(englishSentences(block('The Moscow Timesによると、International Committee of the Red Cross が支援した'))).toEqual([]);
  });

  it('leaves quoted English and link text alone', () => {
    const md =
      '彼は“We are focused on achieving real progress”と述べた。[Russia-Ukraine peace talks end after less than two hours](https://apnews.com/x)';
    expect(readBody(md, false).blocks.flatMap((b) => englishSentences(b))).toEqual([]);
  });
});

describe('a block as one string', () => {
  const flat = flatten({
    kind: 'body',
    pieces: [
      { value: 'See ', line: 3 },
      { value: 'f(x)', line: 3, mask: 'code' },
      { value: ' and\nthe ', line: 3 },
      { value: 'report', line: 4, mask: 'link' },
      { value: '.', line: 4 },
    ],
  });

  it('stands code for one character and finds the file line of any offset', () => {
    expect(flat.text).toBe('See \uFFFC and\nthe report.');
    expect([0, 4, 9, 10, 14, 18].map((at) => flat.lineAt(at))).toEqual([3, 3, 3, 4, 4, 4]);
    expect(flatten({ kind: 'body', pieces: [] }).lineAt(0)).toBe(1);
  });

  it('knows which stretches carry which marks', () => {
    expect(flat.masked(4, 5, ['code'])).toBe(true);
    expect(flat.masked(0, 4, ['code', 'link'])).toBe(false);
    expect(flat.masked(14, 16, ['code'])).toBe(false);
    expect(flat.masked(14, 16, ['link'])).toBe(true);
    expect(flatten({ kind: 'body', pieces: [{ value: 'plain', line: 1 }] }).masked(0, 5, ['code', 'lang', 'link'])).toBe(false);
  });
});

describe('quotation marks', () => {
  it('pairs curly and straight quotes, and 「」 only when asked', () => {
    expect(quoted('a “b” c').map(Number).join('')).toBe('0011100');
    expect(quoted('「x」').some(Boolean)).toBe(false);
    expect(quoted('「x」', true).every(Boolean)).toBe(true);
  });
});

describe('bytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reports BOM, CRLF and invisible characters with their lines', () => {
    const rules = (s: Uint8Array) => readFileText({ path: 'x.md', bytes: s }).findings.map((f) => `${f.rule}:${f.line}`);
    expect(rules(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a\n')]))).toEqual(['file-bom:1']);
    expect(rules(bytes('a\nb\r\nc'))).toEqual(['file-crlf:2']);
    expect(rules(bytes('a\nb\u200bc\u0007\n'))).toEqual(['file-invisible-char:2']);
    // A zero-width joiner inside an emoji sequence is part of the emoji.
    expect(rules(bytes('👩\u200d💻'))).toEqual([]);
  });

  it('reports the line of the first byte that is not UTF-8', () => {
    const sjis = new Uint8Array([...bytes('---\n'), 0x93, 0xfa, 0x96, 0x7b, 0x0a]);
    const decoded = readFileText({ path: 'ja.md', bytes: sjis });
    expect(decoded.text).toBeUndefined();
    expect(decoded.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['file-encoding:2']);
  });
});

describe('story blocks', () => {
  it('counts analysis points and finds links and images with their lines', () => {
    const facts = readBody('Intro [a](/en/topics/x/).\n\n:::analysis[One]\nx\n:::\n\n![Map](./map.png)\n\n:::analysis[Two]\ny\n:::\n', false);
    expect(facts.analysis).toEqual([
      { line: 3, title: 'One' },
      { line: 9, title: 'Two' },
    ]);
    expect(facts.links).toEqual([{ url: '/en/topics/x/', line: 1 }]);
    expect(facts.images).toEqual([{ url: './map.png', line: 7, alt: 'Map' }]);
    expect(facts.problems).toEqual([]);
  });
});
