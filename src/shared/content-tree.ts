// What may not exist in the content folder at all: symbolic links (a link to `..` makes any walk endless, a link
// to /etc/passwd would be read as a story) and SVG files (an SVG is a document that can run script). Looked for
// with lstat, never following a link, before anything else reads the folder. Plain Node.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TreeProblem {
  rule: 'path-symlink' | 'file-svg';
  /** Relative to the content folder, with `/`. */
  file: string;
  message: { en: string; ja: string };
}

/**
 * Every symbolic link (that leads somewhere) and SVG file under `dir`, in path order. Walks with an explicit stack and never enters a
 * link, so it ends on any tree.
 * @example contentTreeProblems('tests/checks/cases/ref-topic/content') // []
 */
export function contentTreeProblems(dir: string): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      continue;
    }
    for (const name of entries) {
      const path = join(current, name);
      const file = relative(dir, path).split(sep).join('/');
      const stat = lstatSync(path);
      // A link to nothing cannot loop or read anything: the content checks report it as unreadable.
      if (stat.isSymbolicLink() && existsSync(path)) {
        problems.push({
          rule: 'path-symlink',
          file,
          message: {
            en: 'This is a symbolic link. The content folder may hold only real files and folders: replace the link with a copy of what it points to, or delete it.',
            ja: 'これはシンボリックリンクです。contentフォルダーには実際のファイルとフォルダーしか置けません。リンク先の内容をコピーして置き換えるか、削除してください。',
          },
        });
      } else if (stat.isSymbolicLink()) {
        continue;
      } else if (stat.isDirectory()) {
        stack.push(path);
      } else if (/\.svg$/i.test(name)) {
        problems.push({
          rule: 'file-svg',
          file,
          message: {
            en: 'SVG files are not accepted in content/ (an SVG can carry script). Use PNG, JPEG or WebP.',
            ja: 'content/ にはSVGファイルを置けません（SVGはスクリプトを含められるため）。PNG、JPEG、WebPを使ってください。',
          },
        });
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** The problems as report lines, `file:1: error [rule] message`, like the content checks' own. */
export function formatTreeProblems(problems: readonly TreeProblem[], prefix: string, lang: 'en' | 'ja' | 'both'): string {
  const lines = problems.map((p) => {
    const where = `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${p.file}:1:`;
    const first = lang === 'ja' ? 'ja' : 'en';
    const line = `${where} ${first === 'ja' ? 'エラー' : 'error'} [${p.rule}] ${p.message[first]}`;
    return lang === 'both' ? `${line}\n    ${p.message.ja}` : line;
  });
  const en = `${problems.length} file(s) in the content folder must go before it can be checked or built.`;
  const ja = `contentフォルダーの${problems.length}個のファイルを取り除くまで、確認もビルドもできません。`;
  return [...lines, '', lang === 'ja' ? ja : lang === 'en' ? en : `${en}\n${ja}`].join('\n');
}
