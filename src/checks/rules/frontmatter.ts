import type { z } from 'astro/zod';
import { parseYaml, type YamlProblem, type YamlSource } from '../read/yaml-source.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';
import { schemaFindings, type SchemaFinding } from './schema.ts';

// A story's frontmatter and the YAML of stories and data files: whether there is any, and whether it can be read.

export const frontmatterMissing = defineRule({
  id: 'frontmatter-missing',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The story has no frontmatter block between --- lines.', ja: '記事の先頭に --- で囲んだフロントマターがありません。' },
  message: () => ({
    en: 'The story has no frontmatter: it must start with a block between two --- lines that gives title, lead, date and topics. Run `npm run new` to see an example.',
    ja: '記事の先頭にフロントマターがありません。--- の行で挟んだブロックにtitle、lead、date、topicsを書いてください。`npm run new` で例を作れます。',
  }),
});

/** Hints for the `yaml` library's error codes that editors run into most. */
const yamlHints: Record<string, { en: string; ja: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'If a value contains a colon followed by a space (as in "Talks: what next"), put the whole value in double quotes. Also check the indentation.',
    ja: '値の中に「: 」（コロンと空白）がある場合は、値全体を "…" で囲んでください。字下げも確かめてください。',
  },
  MISSING_CHAR: {
    en: 'A quote or bracket is opened but not closed; check the quotes " … " and brackets [ … ] on this line or the line before.',
    ja: '引用符か括弧が閉じられていません。この行か前の行の " … " や [ … ] を確かめてください。',
  },
  TAB_AS_INDENT: { en: 'Indent with spaces, not tabs.', ja: '字下げにはタブではなく半角スペースを使ってください。' },
  ALIAS_COUNT: {
    en: 'Write the values out instead of repeating them with &anchor and *alias.',
    ja: '&アンカーと*エイリアスで値を使い回さず、値をそのまま書いてください。',
  },
  DUPLICATE_KEY: { en: 'The same field is written twice; keep one.', ja: '同じ項目が二回書かれています。一つにしてください。' },
};

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The YAML (frontmatter or data file) cannot be read.', ja: 'YAML（フロントマターやデータファイル）の書き方に誤りがあります。' },
  /** What the parser said, with a hint for the usual causes. */
  message: (problem: YamlProblem) => {
    const hint = yamlHints[problem.code] ?? {
      en: 'Check the indentation (two spaces per level) and that each list item starts with "- ".',
      ja: '字下げ（一段につき半角スペース二つ）と、リストの各項目が「- 」で始まっているかを確かめてください。',
    };
    return {
      en: `The YAML cannot be read: ${problem.detail}. ${hint.en}`,
      ja: `YAMLの書き方に誤りがあります（${problem.detail}）。${hint.ja}`,
    };
  },
});

export const frontmatterRules = [frontmatterMissing, yamlSyntax] as const;

export type FrontmatterFinding = FindingOf<(typeof frontmatterRules)[number]['id']>;

/**
 * Reads YAML (a data file, or frontmatter starting on file line `firstLine`) and checks it against its schema.
 * `source` is undefined when the YAML cannot be read (then the only finding is that); an empty document reads
 * as `{}`, so that the schema reports the missing fields.
 */
export function checkYaml<S extends z.ZodType>(
  text: string,
  firstLine: number,
  file: string,
  schema: S,
  options: { dateFields?: readonly string[] } = {},
): { source: YamlSource | undefined; data: z.infer<S> | undefined; findings: (FrontmatterFinding | SchemaFinding)[] } {
  const { source, problem } = parseYaml(text, firstLine);
  if (problem || !source) return { source: undefined, data: undefined, findings: problem ? [yamlSyntax.finding(file, problem.line, problem)] : [] };
  const wrapped: YamlSource = { ...source, data: source.data ?? {} };
  return { source: wrapped, ...schemaFindings(schema, wrapped, file, options) };
}
