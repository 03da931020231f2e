import { storyDirectives, type DirectiveProblem, type DirectiveSpec } from '../../shared/directives.ts';
import { closestName } from '../../shared/suggest.ts';
import type { BodyProblem } from '../read/body-facts.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// Story blocks, `:::analysis[Title]` and `:::quote{…}` (defined in src/shared/directives.ts). The renderer
// (src/markdown/remark-story-directives.ts) refuses the worst of these problems with the same messages.

type Unknown = Extract<BodyProblem, { kind: 'unknown-directive' | 'malformed-directive' }>;

/** "Did you mean …?" for a misspelt directive or attribute name, or nothing. */
const didYouMean = (name: string, known: Iterable<string>, prefix = '') => {
  const near = closestName(name, known);
  return near ? { en: ` Did you mean "${prefix}${near}"?`, ja: `「${prefix}${near}」の書き間違いではありませんか。` } : { en: '', ja: '' };
};

export const directiveUnknown = defineRule({
  id: 'directive-unknown',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A :::block the site does not know (:::analysis, :::quote, :::positions and :::figure exist), or a ::: line it would print as text.',
    ja: 'サイトが知らない :::ブロック（使えるのは :::analysis、:::quote、:::positions、:::figure）か、文字のまま表示されてしまう ::: の行です。',
  },
  message: (problem: Pick<Unknown, 'kind'> & { name?: string }) =>
    problem.kind === 'malformed-directive'
      ? {
          en: 'This line looks like a ::: block but the site will print it as text: write :::name[Title]{attributes} with no space after ::: and nothing after the } or ].',
          ja: 'この行は ::: ブロックのように見えますが、そのまま文字として表示されます。::: の直後に空白を入れず、:::名前[題名]{属性} の後ろには何も書かないでください。',
        }
      : {
          en: `Unknown block ":::${problem.name}".${didYouMean(problem.name ?? '', Object.keys(storyDirectives), ':::').en} Use :::analysis[Title] for an analysis point, :::quote{speaker="…"} for a quote, :::positions[Title] for the positions of the parties or :::figure{credit="…"} for a figure.`,
          ja: `「:::${problem.name}」というブロックはありません。${didYouMean(problem.name ?? '', Object.keys(storyDirectives), ':::').ja}解説ポイントは :::analysis[題名]、引用は :::quote{speaker="…"}、当事者の主張は :::positions[題名]、図は :::figure{credit="…"} を使ってください。`,
        },
});

export const directiveUnclosed = defineRule({
  id: 'directive-unclosed',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A :::analysis or :::quote block is never closed with a ::: line.',
    ja: ':::analysisや :::quoteのブロックが ::: の行で閉じられていません。',
  },
  message: (name: string) => ({
    en: `The ":::${name}" block that starts here is never closed: add a line with only ::: where it ends.`,
    ja: `ここで始まる「:::${name}」ブロックが閉じられていません。ブロックの終わりに ::: だけの行を入れてください。`,
  }),
});

export const directiveAnalysis = defineRule({
  id: 'directive-analysis',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An analysis point has no title: write :::analysis[Title].', ja: '解説ポイントに題名がありません。:::analysis[題名] と書きます。' },
  message: () => ({
    en: 'An analysis point needs a title in brackets: write `:::analysis[Your title]` on the opening line.',
    ja: '解説ポイントには角括弧で題名が必要です。開始行を `:::analysis[題名]` にしてください。',
  }),
});

/** Attribute problems: only quotes have attributes (the speaker is required, the url must be a web address). */
type QuoteProblem = Extract<DirectiveProblem, { attribute: string }>;

export const directiveQuote = defineRule({
  id: 'directive-quote',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A quote lacks its speaker, has an unknown attribute or a bad url.',
    ja: '引用に話者（speaker）がない、知らない属性がある、またはurlが正しくありません。',
  },
  message: (problem: QuoteProblem) => {
    switch (problem.kind) {
      case 'unknown-attribute':
        return {
          en: `A quote has an unknown attribute "${problem.attribute}".${didYouMean(problem.attribute, Object.keys(storyDirectives.quote.attributes)).en} Use speaker, role, source and url.`,
          ja: `引用に「${problem.attribute}」という属性はありません。${didYouMean(problem.attribute, Object.keys(storyDirectives.quote.attributes)).ja}speaker、role、source、urlを使ってください。`,
        };
      case 'bad-attribute':
        return {
          en: `The quote's url "${problem.value}" is not a full web address starting with https://.`,
          ja: `引用のurl「${problem.value}」がhttps:// で始まる完全なアドレスになっていません。`,
        };
      case 'missing-attribute':
        return {
          en: 'A quote needs a speaker: write `:::quote{speaker="Name" source="Publication"}`.',
          ja: '引用には話者が必要です。`:::quote{speaker="名前" source="媒体名"}` のように書いてください。',
        };
    }
  },
});

export const directiveAttribute = defineRule({
  id: 'directive-attribute',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A ::timeline, :::positions or :::figure lacks a title or attribute it needs, or has one the site does not read or cannot use.',
    ja: '::timeline、:::positions、:::figure に必要な題名や属性がない、またはサイトが読まない・使えない属性があります。',
  },
  message: (problem: Exclude<DirectiveProblem, { kind: 'unknown-directive' }>) => {
    const name = problem.name;
    const spec: DirectiveSpec = storyDirectives[name];
    const known = Object.keys(spec.attributes ?? {});
    const usage = {
      timeline: '::timeline{topic="ukraine" from="2025-05" to="2025-08"}',
      positions: ':::positions[Title]',
      figure: ':::figure{credit="Source"}',
      analysis: ':::analysis[Title]',
      quote: ':::quote{speaker="Name"}',
    }[name];
    switch (problem.kind) {
      case 'missing-title':
        return {
          en: `This block needs a title in brackets: write \`${usage}\`.`,
          ja: `このブロックには角括弧で題名が必要です。\`${usage}\` と書いてください。`,
        };
      case 'missing-attribute':
        return {
          en: `"${problem.attribute}" is required: write \`${usage}\`.`,
          ja: `「${problem.attribute}」は必須です。\`${usage}\` のように書いてください。`,
        };
      case 'unknown-attribute':
        return {
          en: `${name} has no attribute "${problem.attribute}".${didYouMean(problem.attribute, known).en} ${known.length ? `Use ${known.join(', ')}.` : 'It takes none.'}`,
          ja: `${name}に「${problem.attribute}」という属性はありません。${didYouMean(problem.attribute, known).ja}${known.length ? `使えるのは ${known.join('、')} です。` : '属性は取りません。'}`,
        };
      case 'bad-attribute':
        return problem.attribute === 'actors'
          ? {
              en: `actors="${problem.value}" must be actor ids separated by commas, e.g. actors="russia,us".`,
              ja: `actors="${problem.value}" は、actors="russia,us" のようにカンマで区切った当事者のIDにしてください。`,
            }
          : {
              en: `${problem.attribute}="${problem.value}" is not a year, month or day: write e.g. ${problem.attribute}="2025-05".`,
              ja: `${problem.attribute}="${problem.value}" は年・年月・年月日ではありません。${problem.attribute}="2025-05" のように書いてください。`,
            };
    }
  },
});

export const directiveRules = [directiveUnknown, directiveUnclosed, directiveAnalysis, directiveQuote, directiveAttribute] as const;

export type DirectiveFinding = FindingOf<(typeof directiveRules)[number]['id']>;

/** The finding for a problem with a story block at `file:line` (a titled block is an analysis point). */
export function directiveFinding(
  file: string,
  line: number,
  problem: Exclude<BodyProblem, { kind: 'mdx-syntax' }> | DirectiveProblem,
): DirectiveFinding {
  switch (problem.kind) {
    case 'unknown-directive':
    case 'malformed-directive':
      return directiveUnknown.finding(file, line, problem);
    case 'unclosed-directive':
      return directiveUnclosed.finding(file, line, problem.name);
    case 'missing-title':
      return problem.name === 'analysis' ? directiveAnalysis.finding(file, line) : directiveAttribute.finding(file, line, problem);
    default:
      return problem.name === 'quote' ? directiveQuote.finding(file, line, problem) : directiveAttribute.finding(file, line, problem);
  }
}
