import type { RuleInfo } from '../types.ts';

/**
 * Every rule the content checker knows, by id. Ids are stable: editors write them in `checks.ignore`, and the
 * tests and CONTRIBUTING.md refer to them. Errors stop `npm run check` and the build; warnings are printed only.
 */
export const rules = {
  // Story blocks
  'directive-unknown': {
    severity: 'error',
    ignorable: false,
    explain: {
      en: 'A :::block the site does not know (only :::analysis and :::quote exist), or a ::: line it would print as text.',
      ja: 'サイトが知らない :::ブロック（使えるのは :::analysisと :::quoteだけ）か、文字のまま表示されてしまう ::: の行です。',
    },
  },
  'directive-unclosed': {
    severity: 'error',
    ignorable: false,
    explain: { en: 'A :::analysis or :::quote block is never closed with a ::: line.', ja: ':::analysisや :::quoteのブロックが ::: の行で閉じられていません。' },
  },
  'directive-analysis': {
    severity: 'error',
    ignorable: false,
    explain: { en: 'An analysis point has no title: write :::analysis[Title].', ja: '解説ポイントに題名がありません。:::analysis[題名] と書きます。' },
  },
  'directive-quote': {
    severity: 'error',
    ignorable: false,
    explain: {
      en: 'A quote lacks its speaker, has an unknown attribute or a bad url.',
      ja: '引用に話者（speaker）がない、知らない属性がある、またはurlが正しくありません。',
    },
  },
  'mdx-syntax': {
    severity: 'error',
    ignorable: false,
    explain: { en: 'An .mdx file has invalid MDX (often a stray < or { in text).', ja: '.mdxファイルのMDX構文に誤りがあります（多くは本文中の < や {）。' },
  },
} as const satisfies Record<string, Pick<RuleInfo, 'severity' | 'ignorable' | 'explain'>>;

