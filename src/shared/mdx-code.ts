// What makes an MDX story code rather than content. Shared by the MDX compile step (src/markdown/) and the
// content checks (src/checks/), which must refuse exactly the same things. Plain Node.
import { storyMdxComponents } from './story-html.ts';

/** One piece of code in an MDX story. */
export interface MdxCode {
  kind: 'esm' | 'expression' | 'attribute-expression' | 'component';
  /** 1-based line in the text that was parsed. */
  line: number;
  /** What was written: the statement or expression, shortened; the component's name. */
  detail: string;
}

interface AnyNode {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: AnyNode[];
  position?: { start: { line: number } };
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/**
 * Whether an expression is a single comment, `{/* … *\/}`: MDX's way of writing a comment, which compiles to nothing.
 * @example isComment('/* note *\/') // true
 * @example isComment('/* a *\/ x /* b *\/') // false
 */
export function isComment(value: string): boolean {
  const text = value.trim();
  return text.startsWith('/*') && text.endsWith('*/') && text.indexOf('*/') === text.length - 2;
}

/**
 * Every `import`/`export`, `{expression}`, attribute written as code (`x={…}`, `{...spread}`) and component the
 * site does not pass in, in an MDX syntax tree (mdast from remark-mdx), in document order. Lowercase HTML
 * elements are not listed here: the sanitiser and the HTML rule judge them like raw HTML in Markdown.
 * @example mdxCode({ type: 'root', children: [{ type: 'mdxjsEsm', value: 'export const x = 1', position: { start: { line: 3 } } }] }) // [{ kind: 'esm', line: 3, detail: 'export const x = 1' }]
 */
export function mdxCode(tree: unknown, offset = 0): MdxCode[] {
  const found: MdxCode[] = [];
  // An explicit stack, not recursion: a hostile file may nest thousands deep.
  const stack: AnyNode[] = [tree as AnyNode];
  while (stack.length) {
    const node = stack.pop()!;
    const line = (node.position?.start.line ?? 0) + offset;
    if (node.type === 'mdxjsEsm') found.push({ kind: 'esm', line, detail: short(String(node.value ?? '')) });
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(String(node.value ?? ''))) {
      found.push({ kind: 'expression', line, detail: `{${short(String(node.value ?? ''))}}` });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!/^[a-z][a-z0-9]*$/.test(name) && !storyMdxComponents.includes(name)) {
        found.push({ kind: 'component', line, detail: name ? `<${name}>` : '<>' });
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          found.push({ kind: 'attribute-expression', line, detail: `{${short(String(attribute.value ?? ''))}}` });
        } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
          const value = (attribute.value as { value?: unknown }).value;
          found.push({ kind: 'attribute-expression', line, detail: `${attribute.name ?? ''}={${short(String(value ?? ''))}}` });
        }
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The bilingual explanation of one piece of MDX code, for the compile error and the content check. */
export function mdxCodeMessage(code: MdxCode): { en: string; ja: string } {
  switch (code.kind) {
    case 'esm':
      return {
        en: `MDX stories may not contain code: "${code.detail}" (import and export run when the site is built). Remove it; write the text itself.`,
        ja: `MDX の記事にコードは書けません:「${code.detail}」（import や export はサイトのビルド時に実行されます）。削除して、文章をそのまま書いてください。`,
      };
    case 'expression':
      return {
        en: `MDX stories may not contain code: the expression ${code.detail}. Write the text itself instead (to show a brace, write \\{).`,
        ja: `MDX の記事にコードは書けません: 式 ${code.detail}。文章をそのまま書いてください（波かっこを表示するには \\{ と書きます）。`,
      };
    case 'attribute-expression':
      return {
        en: `MDX stories may not contain code: the attribute ${code.detail}. Give attributes quoted values, e.g. lang="ar".`,
        ja: `MDX の記事にコードは書けません: 属性 ${code.detail}。属性の値は引用符で囲んで書いてください（例: lang="ar"）。`,
      };
    case 'component':
      return {
        en: `${code.detail} is not a component the site provides to stories${storyMdxComponents.length ? ` (those are: ${storyMdxComponents.join(', ')})` : ' (it provides none yet)'}. Use Markdown, the :::quote and :::analysis blocks, or the allowed HTML.`,
        ja: `${code.detail} はサイトが記事に用意しているコンポーネントではありません${storyMdxComponents.length ? `（使えるもの: ${storyMdxComponents.join('、')}）` : '（まだ用意していません）'}。Markdown、:::quote と :::analysis のブロック、使えるHTMLで書いてください。`,
      };
  }
}
