import { isRecord, strings } from '../read/yaml-source.ts';
import type { FindingOf, RuleInfo, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';

// The checker's own settings in a story's frontmatter: `checks: { ignore: [rule-id, …] }`.

export const checksIgnore = defineRule({
  id: 'checks-ignore',
  severity: 'warning',
  ignorable: false,
  explain: {
    en: 'checks.ignore lists an unknown rule id or one that cannot be silenced.',
    ja: 'checks.ignoreに知らないルールID、または無視できないルールが書かれています。',
  },
  /** `rule`: the rule of that id, undefined when there is none. */
  message: ({ id, rule }: { id: string; rule: Pick<RuleInfo, 'ignorable'> | undefined }) =>
    rule === undefined
      ? {
          en: `"checks.ignore" lists "${id}", which is not a rule id; see the rule table in CONTRIBUTING.md.`,
          ja: `「checks.ignore」の「${id}」はルールIDではありません。CONTRIBUTING.ja.mdのルール一覧を見てください。`,
        }
      : {
          en: `"checks.ignore" lists "${id}", which cannot be silenced: fix the problem instead.`,
          ja: `「checks.ignore」の「${id}」は無視できないルールです。問題そのものを直してください。`,
        },
});

export const checksSettingsRules = [checksIgnore] as const;

/**
 * The rule ids a file silences with `checks.ignore`, with a warning for each id that is unknown or cannot be
 * silenced. `ruleById` looks ids up in the registry (which is made of modules like this one, so it is passed in).
 */
export function checkIgnoreList(
  v: VersionUnderCheck,
  ruleById: (id: string) => Pick<RuleInfo, 'ignorable'> | undefined,
): { ignore: ReadonlySet<string>; findings: FindingOf<'checks-ignore'>[] } {
  const checks = v.raw?.['checks'];
  const list = isRecord(checks) ? strings(checks['ignore']) : [];
  const findings: FindingOf<'checks-ignore'>[] = [];
  list.forEach((id, i) => {
    const rule = ruleById(id);
    if (rule?.ignorable) return;
    findings.push(checksIgnore.finding(v.file, v.source?.fieldLine(['checks', 'ignore', i]) ?? 1, { id, rule }));
  });
  return { ignore: new Set(list), findings };
}
