import { flatten } from '../read/text.ts';
import { isRecord } from '../read/yaml-source.ts';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';

// The TODO lines `npm run new` writes into a new story (scripts/new/templates.ts) must all be replaced.

export const placeholder = defineRule({
  id: 'placeholder',
  severity: 'error',
  // A draft is a story still being written: its placeholders are expected, and it is not published.
  draftSeverity: 'warning',
  ignorable: false,
  explain: {
    en: 'Placeholder text from `npm run new` (TODO) is still there (a warning in drafts).',
    ja: '`npm run new` が入れた仮の文（TODO）が残っています（下書きでは警告）。',
  },
  message: () => ({
    en: 'Placeholder text ("TODO") from `npm run new` is still here: replace it with the real text, or delete the line.',
    ja: '`npm run new` が入れた仮の文（TODO）が残っています。本文に書き換えるか、その行を削除してください。',
  }),
});

export const placeholderRules = [placeholder] as const;

/** `TODO`, also typed in full-width letters. */
const placeholderRE = /\bTODO\b|ＴＯＤＯ/;

/** One finding per line with a placeholder, in the frontmatter (`checks` aside) or the body. */
export function checkPlaceholders(v: VersionUnderCheck): FindingOf<'placeholder'>[] {
  const lines = new Set<number>();
  // One path, extended and shortened on the way down and copied only for a hit.
  const path: PropertyKey[] = [];
  const scan = (value: unknown) => {
    if (typeof value === 'string') {
      if (placeholderRE.test(value)) lines.add(v.source?.fieldLine([...path]) ?? 1);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        scan(item);
        path.pop();
      });
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'checks') continue;
        path.push(key);
        scan(item);
        path.pop();
      }
    }
  };
  if (v.raw) scan(v.raw);
  for (const block of v.facts?.blocks ?? []) {
    const flat = flatten(block);
    const m = placeholderRE.exec(flat.text);
    if (m) lines.add(flat.lineAt(Math.min(m.index, flat.text.length - 1)));
  }
  const severity = placeholder.severityFor(v.draft);
  return [...lines].sort((a, b) => a - b).map((line) => ({ ...placeholder.finding(v.file, line), severity }));
}
