import type { RuleId } from '../rules/index.ts';
import type { Localized, Severity } from '../types.ts';

/** Records a finding; the severity defaults to the rule's. */
export type Add = (rule: RuleId, file: string, line: number, message: Localized, severity?: Severity) => void;
