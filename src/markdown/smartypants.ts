import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { fileLocale } from './file-locale';

/**
 * SmartyPants (curly quotes, dashes, ellipses) for English stories only, in place of the processor's global
 * `smartypants` switch. Japanese text uses 「」 and full-width punctuation, which SmartyPants leaves alone, yet it
 * still tokenised every Japanese sentence into words on the way (docs/performance.md). Listed first among the
 * remark plugins, so it runs where the processor ran its own: before every other transform.
 */
export function remarkSmartypantsEnglish() {
  const smartypants = unified().use(remarkSmartypants);
  return (tree: Root, file: VFile): void => {
    if (fileLocale(file.path) === 'en') smartypants.runSync(tree, file);
  };
}
