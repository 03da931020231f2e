import type { z } from 'astro/zod';
import type { Finding } from './index.ts';
import type { Localized } from '../types.ts';
import { rawScalar, type YamlSource } from '../read/yaml-source.ts';

type Path = readonly PropertyKey[];

/**
 * A field's path as an editor reads it: `references › #2 › url` (items counted from 1).
 * @example fieldLabel(['references', 1, 'url']) // 'references › #2 › url'
 */
export function fieldLabel(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join(' › ');
}

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);

/** Dates as the newsroom writes them: a real calendar day, optionally with a time. */
const dateRE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether a frontmatter value is a date written as `YYYY-MM-DD` (optionally with an ISO time) that exists on
 * the calendar. Stricter than the schema's `z.coerce.date()` on purpose: JavaScript happily reads 2025-02-30
 * as 2 March and 20250516 as a day in 1970.
 * @example isStrictDate('2025-05-16') // true
 * @example isStrictDate('2025-5-16') // false
 * @example isStrictDate('2025-02-30') // false
 */
export function isStrictDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = dateRE.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

type Issue = z.core.$ZodIssue;

function japaneseFor(issue: Issue, label: string, english: string): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array'
        ? `「${label}」を少なくとも${String(issue.minimum)}つ書いてください（${english}）。`
        : `「${label}」が空です。内容を書いてください。`;
    case 'invalid_type':
      switch (issue.expected) {
        case 'string':
          return `「${label}」は文字で書いてください。`;
        case 'number':
        case 'int':
          return `「${label}」は数字で書いてください（例: 1）。`;
        case 'boolean':
          return `「${label}」は true か false で書いてください。`;
        case 'array':
          return `「${label}」はリストで書いてください（[a, b] と書くか、一行ずつ行頭に「- 」を付けます）。`;
        default:
          return `「${label}」の書き方が違います（${english}）。`;
      }
    case 'invalid_value':
      return `「${label}」は次のいずれかにしてください: ${issue.values.map(String).join('、')}。`;
    case 'invalid_format':
      if (issue.format === 'url') return `「${label}」は https:// で始まる完全な URL にしてください。`;
      if (issue.format === 'regex') return `「${label}」は小文字の英数字とハイフンだけで書いてください（例: peace-talks）。`;
      return `「${label}」の書式が違います（${english}）。`;
    default:
      return `「${label}」の値が正しくありません（${english}）。`;
  }
}

/**
 * Validates `source.data` against a content schema and turns every zod issue into a finding on the field's
 * line, in English (the schema's own message, so the checker and the build say the same thing) and Japanese.
 * `dateFields` are also held to {@link isStrictDate}.
 */
export function schemaFindings<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
  options: { dateFields?: readonly string[] } = {},
): { data: z.infer<S> | undefined; findings: Finding[] } {
  const findings: Finding[] = [];
  const dateFields = options.dateFields ?? [];
  const reported = new Set<string>();
  const push = (rule: Finding['rule'], path: Path, message: Localized) => {
    const key = path.map(String).join('\u0000');
    if (reported.has(key)) return;
    reported.add(key);
    findings.push({ rule, severity: 'error', file, line: source.fieldLine(path), message });
  };

  for (const field of dateFields) {
    const value = valueAt(source.data, [field]);
    if (value === undefined || value === null) continue;
    // The parser has already turned 2025-02-30 into 2 March: judge the date as it is written.
    const written = value instanceof Date ? (rawScalar(source.text, field) ?? value.toISOString()) : value;
    if (isStrictDate(written)) continue;
    const shown = String(written);
    push('schema-date', [field], {
      en: `"${field}" must be a real date written as YYYY-MM-DD, for example 2025-05-16 (found "${shown}").`,
      ja: `「${field}」はYYYY-MM-DD形式の実在する日付で書いてください（例: 2025-05-16）。「${shown}」は日付として読めません。`,
    });
  }

  const result = schema.safeParse(source.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path;
      const label = fieldLabel(path);
      const value = valueAt(source.data, path);
      const indexed = path.some((p) => typeof p === 'number');
      const english = /"[\w.]+"/.test(issue.message) ? issue.message : `"${label}": ${issue.message}`;
      const en = indexed ? `${label}: ${english}` : english;
      const top = path[0];
      if (typeof top === 'string' && dateFields.includes(top) && path.length === 1) {
        push('schema-date', path, { en, ja: `「${label}」はYYYY-MM-DD形式の日付で書いてください（例: 2025-05-16）。` });
      } else if (value === undefined || value === null) {
        const key = String(path[path.length - 1] ?? label);
        push('schema-required', path, {
          en: `${en} (the field "${label}" is missing or empty)`,
          ja:
            path.length === 1
              ? `「${label}」がありません。フロントマターに「${key}: …」の行を書いてください。`
              : `「${label}」がありません。書き足してください。`,
        });
      } else if (issue.code === 'too_small') {
        push('schema-required', path, { en, ja: japaneseFor(issue, label, issue.message) });
      } else {
        push('schema-invalid', path, { en, ja: japaneseFor(issue, label, issue.message) });
      }
    }
  }

  for (const { path, suggestion } of unknownFields(schema, source.data)) {
    const label = fieldLabel(path);
    const name = String(path[path.length - 1]);
    findings.push({
      rule: 'schema-unknown-field',
      severity: 'warning',
      file,
      line: source.fieldLine(path),
      message: {
        en: `Unknown field "${label}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: the site ignores it.`,
        ja: `「${name}」という項目はありません${suggestion ? `（「${suggestion}」の誤りでは？）` : ''}。サイトでは無視されます。`,
      },
    });
  }

  return { data: result.success ? result.data : undefined, findings };
}

// --- Unknown fields --------------------------------------------------------------------------------------

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional/default/nullable/pipe wrappers to the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
  }
  return current;
}

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
};

/**
 * The closest known name to a mistyped one, if it is close enough to be a typo.
 * @example suggest('keypoints', ['title', 'keyPoints']) // 'keyPoints'
 */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}

/** Fields present in `data` that the schema does not define (zod drops them silently). */
export function unknownFields(schema: z.ZodType, data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; suggestion?: string }[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const out: { path: PropertyKey[]; suggestion?: string }[] = [];
  if (def.type === 'object' && def.shape && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const known = Object.keys(def.shape);
    for (const [key, value] of Object.entries(data)) {
      const child = def.shape[key];
      if (!child) {
        const suggestion = suggest(key, known);
        out.push(suggestion ? { path: [...path, key], suggestion } : { path: [...path, key] });
      } else {
        out.push(...unknownFields(child, value, [...path, key]));
      }
    }
  } else if (def.type === 'array' && def.element && Array.isArray(data)) {
    data.forEach((item, i) => out.push(...unknownFields(def.element!, item, [...path, i])));
  }
  return out;
}
