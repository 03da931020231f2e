import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { mdxCode, mdxCodeMessage } from '../shared/mdx-code.ts';
import { fileLine } from './remark-story-limits.ts';

/**
 * MDX stories are content, not programs: an `import`, `export`, `{expression}`, an attribute written as code or
 * a component the site does not pass in stops the compilation here, before @astrojs/mdx turns the file into a
 * JavaScript module (which `astro build` would then run). The content checks report the same things earlier,
 * with the same words; this is the guard that holds even when they are not run.
 *
 * @astrojs/mdx takes its remark plugins from `markdown.processor` (the same list as `.md` files, ./index.ts);
 * for `.md` files, where remark-mdx is not used, there is nothing to find.
 */
export function remarkMdxNoCode() {
  return (tree: Root, file: VFile) => {
    if (!/\.mdx$/i.test(file.path ?? '')) return;
    const found = mdxCode(tree).map((code) => ({ ...code, line: fileLine(file.path, String(file.value), code.line) }));
    if (found.length === 0) return;
    const lines = found.map((code) => {
      const { en, ja } = mdxCodeMessage(code);
      return `${file.path}:${code.line}\n  ${en}\n  ${ja}`;
    });
    const first = found[0]!;
    const error = new Error(`MDX code is not allowed in stories / MDX の記事にコードは書けません:\n${lines.join('\n')}`);
    error.name = 'StoryError';
    // An editor's mistake, not a crash: no stack trace.
    error.stack = `${error.name}: ${error.message}`;
    Object.assign(error, { line: first.line, column: 1, file: file.path });
    throw error;
  };
}
