// rules/: one module per family of rules, each rule's definition, message and check together; this file gathers them into the registry.
import type { FindingOf } from '../types.ts';
import { checksSettingsRules } from './checks-settings.ts';
import { directiveRules } from './directives.ts';
import { fileRules } from './files.ts';
import { frontmatterRules } from './frontmatter.ts';
import { glossaryRules } from './glossary.ts';
import { imageRules } from './images.ts';
import { linkRules } from './links.ts';
import { mdxRules } from './mdx.ts';
import { pairRules } from './pair.ts';
import { pathRules } from './paths.ts';
import { placeholderRules } from './placeholders.ts';
import { referenceRules } from './references.ts';
import { safetyRules } from './safety.ts';
import { schemaRules } from './schema.ts';
import { structureRules } from './structures.ts';
import { translationRules } from './translation.ts';

/** In the order of the guides' rule tables. */
const registered = [
  ...fileRules,
  ...pathRules,
  ...frontmatterRules,
  ...schemaRules,
  ...referenceRules,
  ...pairRules,
  ...translationRules,
  ...glossaryRules,
  ...placeholderRules,
  ...directiveRules,
  ...structureRules,
  ...mdxRules,
  ...safetyRules,
  ...linkRules,
  ...imageRules,
  ...checksSettingsRules,
] as const;

type Registered = (typeof registered)[number];

export type RuleId = Registered['id'];

/**
 * Every rule, by id. Ids are stable: editors write them in `checks.ignore`, and the tests and the guides refer
 * to them. Errors stop `npm run check` and the build; warnings are printed only.
 */
export const rules = Object.fromEntries(registered.map((rule) => [rule.id, rule])) as { readonly [R in Registered as R['id']]: R };

export const ruleIds: readonly RuleId[] = registered.map((rule) => rule.id);

/** @example isRuleId('pair-numbers') // true */
export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(rules, value);
}

/** A finding of any rule of the registry. */
export type Finding = FindingOf<RuleId>;
