import type { RuleId } from '../rules/index.ts';
import type { Localized, Severity } from '../types.ts';

/** Records a finding; the severity defaults to the rule's. */
export type Add = (rule: RuleId, file: string, line: number, message: Localized, severity?: Severity) => void;

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
