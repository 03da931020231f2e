import { defineRule } from './define.ts';

// MDX files must be valid MDX: the checker reads them with the MDX parser (src/checks/read/markdown.ts).

export const mdxSyntax = defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'An .mdx file has invalid MDX (often a stray < or { in text).',
    ja: '.mdxファイルのMDX構文に誤りがあります（多くは本文中の < や {）。',
  },
  /** `detail`: what the MDX parser said. */
  message: (detail: string) => ({
    en: `This .mdx file is not valid MDX: ${detail}. In MDX, write < as &lt; and { as \\{ in ordinary text, and close every <Tag>. If you do not need MDX, rename the file to .md.`,
    ja: `この .mdxファイルのMDX構文に誤りがあります（${detail}）。MDXの本文では < は &lt;、{ は \\{ と書き、<タグ> は必ず閉じてください。MDXが不要なら拡張子を .mdにしてください。`,
  }),
});

export const mdxRules = [mdxSyntax] as const;
