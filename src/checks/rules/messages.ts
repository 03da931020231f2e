import type { BodyProblem } from '../read/markdown.ts';
import type { Localized } from '../types.ts';

export function bodyMessage(problem: BodyProblem): Localized {
  switch (problem.rule) {
    case 'directive-unknown':
      if (problem.detail === 'malformed') {
        return {
          en: 'This line looks like a ::: block but the site will print it as text: write :::name[Title]{attributes} with no space after ::: and nothing after the } or ].',
          ja: 'この行は ::: ブロックのように見えますが、そのまま文字として表示されます。::: の直後に空白を入れず、:::名前[題名]{属性} の後ろには何も書かないでください。',
        };
      }
      return {
        en: `Unknown block ":::${problem.name}". Use :::analysis[Title] for an analysis point or :::quote{speaker="…"} for a quote.`,
        ja: `「:::${problem.name}」というブロックはありません。解説ポイントは :::analysis[題名]、引用は :::quote{speaker="…"} を使ってください。`,
      };
    case 'directive-unclosed':
      return {
        en: `The ":::${problem.name}" block that starts here is never closed: add a line with only ::: where it ends.`,
        ja: `ここで始まる「:::${problem.name}」ブロックが閉じられていません。ブロックの終わりに ::: だけの行を入れてください。`,
      };
    case 'directive-analysis':
      return {
        en: 'An analysis point needs a title in brackets: write `:::analysis[Your title]` on the opening line.',
        ja: '解説ポイントには角括弧で題名が必要です。開始行を `:::analysis[題名]` にしてください。',
      };
    case 'directive-quote': {
      const detail = problem.detail ?? '';
      if (detail.startsWith('attribute:')) {
        const name = detail.slice('attribute:'.length);
        return {
          en: `A quote has an unknown attribute "${name}"; use speaker, role, source and url.`,
          ja: `引用に「${name}」という属性はありません。speaker、role、source、urlを使ってください。`,
        };
      }
      if (detail.startsWith('url:')) {
        return {
          en: `The quote's url "${detail.slice(4)}" is not a full web address starting with https://.`,
          ja: `引用のurl「${detail.slice(4)}」がhttps:// で始まる完全なアドレスになっていません。`,
        };
      }
      return {
        en: 'A quote needs a speaker: write `:::quote{speaker="Name" source="Publication"}`.',
        ja: '引用には話者が必要です。`:::quote{speaker="名前" source="媒体名"}` のように書いてください。',
      };
    }
    case 'mdx-syntax':
      return {
        en: `This .mdx file is not valid MDX: ${problem.detail ?? ''}. In MDX, write < as &lt; and { as \\{ in ordinary text, and close every <Tag>. If you do not need MDX, rename the file to .md.`,
        ja: `この .mdxファイルのMDX構文に誤りがあります（${problem.detail ?? ''}）。MDXの本文では < は &lt;、{ は \\{ と書き、<タグ> は必ず閉じてください。MDXが不要なら拡張子を .mdにしてください。`,
      };
  }
}
