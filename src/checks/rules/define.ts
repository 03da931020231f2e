import type { FindingOf, Localized, RuleInfo } from '../types.ts';

/**
 * Where the guides explain the rules: each has one table with a row per rule (`| \`id\` | level | …`), under
 * this heading. Rows have no anchors of their own, so every rule points at its table.
 */
const ruleTables: Localized = { en: 'CONTRIBUTING.md#rules', ja: 'CONTRIBUTING.ja.md#ルール一覧' };

/** What a rule module writes for each of its rules. */
export interface RuleDefinition<Id extends string, Args extends unknown[]> extends Omit<RuleInfo, 'anchor'> {
  id: Id;
  /** The message of one finding, in both languages. */
  message(...args: Args): Localized;
}

/** A rule of the registry: its definition, where the guides explain it, and how to make its findings. */
export interface Rule<Id extends string = string, Args extends unknown[] = unknown[]> extends RuleDefinition<Id, Args>, RuleInfo {
  id: Id;
  /** A finding of this rule at `file:line`, with the rule's severity. */
  finding(file: string, line: number, ...args: Args): FindingOf<Id>;
  /** The rule's severity in a story that is, or is not, a draft (see `draftSeverity`). */
  severityFor(draft: boolean): RuleInfo['severity'];
}

/**
 * Defines a rule next to the code that checks it: id, severity, whether it can be silenced, its one-line
 * explanation and its message. ./index.ts gathers the rules of every module into the registry.
 * @example defineRule({ id: 'x', severity: 'error', ignorable: false, explain, message: () => m }).finding('a/en.md', 4) // { rule: 'x', severity: 'error', file: 'a/en.md', line: 4, message: m }
 */
export function defineRule<const Id extends string, Args extends unknown[]>(definition: RuleDefinition<Id, Args>): Rule<Id, Args> {
  const { id, severity, draftSeverity } = definition;
  return {
    ...definition,
    anchor: ruleTables,
    finding: (file, line, ...args) => ({ rule: id, severity, file, line, message: definition.message(...args) }),
    severityFor: (draft) => (draft ? (draftSeverity ?? severity) : severity),
  };
}
