// The rule registry: every rule the content checker knows, gathered from the rule modules of this folder.
import type { FindingOf } from '../types.ts';
import { rules as notYetMoved } from './catalogue.ts';
import { checksSettingsRules } from './checks-settings.ts';
import { fileRules } from './files.ts';
import { frontmatterRules } from './frontmatter.ts';
import { imageRules } from './images.ts';
import { linkRules } from './links.ts';
import { pairRules } from './pair.ts';
import { pathRules } from './paths.ts';
import { placeholderRules } from './placeholders.ts';
import { referenceRules } from './references.ts';
import { schemaRules } from './schema.ts';
import { translationRules } from './translation.ts';

const families = [
  ...fileRules,
  ...pathRules,
  ...frontmatterRules,
  ...schemaRules,
  ...referenceRules,
  ...pairRules,
  ...translationRules,
  ...placeholderRules,
  ...linkRules,
  ...imageRules,
  ...checksSettingsRules,
] as const;
type Registered = (typeof families)[number];

/**
 * Every rule, by id. Ids are stable: editors write them in `checks.ignore`, and the tests and the guides refer
 * to them. Errors stop `npm run check` and the build; warnings are printed only.
 */
export const rules = { ...notYetMoved, ...(Object.fromEntries(families.map((r) => [r.id, r])) as { readonly [R in Registered as R['id']]: R }) };

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** @example isRuleId('pair-numbers') // true */
export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(rules, value);
}

/** A finding of any rule of the registry. */
export type Finding = FindingOf<RuleId>;
