import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/index.ts';
import { rawScalar, type YamlSource } from '../read/yaml-source.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// The frontmatter and data files against the content schemas of src/schemas/.

type Path = readonly PropertyKey[];

/**
 * The story schema as the checks hold a story to it: the site's own, with the lead image as a file name (the
 * build resolves it through Astro's image() helper, which exists only inside Astro).
 */
export const storySchema = articleSchema(z.string({ error: '"image" must be the file name of an image, for example ./cover.jpg' }));

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

/** A zod issue about the field at `path`. */
interface FieldIssue {
  issue: Issue;
  path: Path;
}

/** The English of an issue: the schema's own message, so that the checker and the build say the same thing. */
function english({ issue, path }: FieldIssue): string {
  const label = fieldLabel(path);
  const message = /"[\w.]+"/.test(issue.message) ? issue.message : `"${label}": ${issue.message}`;
  return path.some((p) => typeof p === 'number') ? `${label}: ${message}` : message;
}

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

export const schemaRequired = defineRule({
  id: 'schema-required',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A required field is missing or empty.', ja: '必須の項目がない、または空です。' },
  /** `missing`: the field is not there at all (otherwise it is there but empty or too short). */
  message: (bad: FieldIssue & { missing: boolean }) => {
    const label = fieldLabel(bad.path);
    if (!bad.missing) return { en: english(bad), ja: japaneseFor(bad.issue, label, bad.issue.message) };
    const key = String(bad.path[bad.path.length - 1] ?? label);
    return {
      en: `${english(bad)} (the field "${label}" is missing or empty)`,
      ja:
        bad.path.length === 1
          ? `「${label}」がありません。フロントマターに「${key}: …」の行を書いてください。`
          : `「${label}」がありません。書き足してください。`,
    };
  },
});

export const schemaDate = defineRule({
  id: 'schema-date',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A date is not a real date written as YYYY-MM-DD.', ja: '日付がYYYY-MM-DD形式の正しい日付になっていません。' },
  /** A date field as it is written (`written`), or the schema's issue with it. */
  message: (bad: { field: string; written: string } | FieldIssue) =>
    'written' in bad
      ? {
          en: `"${bad.field}" must be a real date written as YYYY-MM-DD, for example 2025-05-16 (found "${bad.written}").`,
          ja: `「${bad.field}」はYYYY-MM-DD形式の実在する日付で書いてください（例: 2025-05-16）。「${bad.written}」は日付として読めません。`,
        }
      : { en: english(bad), ja: `「${fieldLabel(bad.path)}」はYYYY-MM-DD形式の日付で書いてください（例: 2025-05-16）。` },
});

export const schemaInvalid = defineRule({
  id: 'schema-invalid',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A field has a value of the wrong kind or outside the allowed list.', ja: '項目の値の種類が違うか、使える値の一覧にありません。' },
  message: (bad: FieldIssue) => ({ en: english(bad), ja: japaneseFor(bad.issue, fieldLabel(bad.path), bad.issue.message) }),
});

export const schemaUnknownField = defineRule({
  id: 'schema-unknown-field',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'A field the site does not know (often a typo); it is ignored.',
    ja: 'サイトが知らない項目です（多くは綴りの誤り）。無視されます。',
  },
  message: ({ path, suggestion }: UnknownField) => ({
    en: `Unknown field "${fieldLabel(path)}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: the site ignores it.`,
    ja: `「${String(path[path.length - 1])}」という項目はありません${suggestion ? `（「${suggestion}」の誤りでは？）` : ''}。サイトでは無視されます。`,
  }),
});

export const schemaRules = [schemaRequired, schemaDate, schemaInvalid, schemaUnknownField] as const;

export type SchemaFinding = FindingOf<(typeof schemaRules)[number]['id']>;

/**
 * Validates `source.data` against a content schema and turns every zod issue into a finding on the field's
 * line, one per field. `dateFields` are also held to {@link isStrictDate}.
 */
export function schemaFindings<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
  options: { dateFields?: readonly string[] } = {},
): { data: z.infer<S> | undefined; findings: SchemaFinding[] } {
  const findings: SchemaFinding[] = [];
  const dateFields = options.dateFields ?? [];
  const reported = new Set<string>();
  /** Whether nothing has been reported on the field yet. */
  const first = (path: Path) => {
    const key = path.map(String).join('\u0000');
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  };

  for (const field of dateFields) {
    const value = valueAt(source.data, [field]);
    if (value === undefined || value === null) continue;
    // The parser has already turned 2025-02-30 into 2 March: judge the date as it is written.
    const written = value instanceof Date ? (rawScalar(source.text, field) ?? value.toISOString()) : value;
    if (isStrictDate(written) || !first([field])) continue;
    findings.push(schemaDate.finding(file, source.fieldLine([field]), { field, written: String(written) }));
  }

  const result = schema.safeParse(source.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path;
      if (!first(path)) continue;
      const line = source.fieldLine(path);
      const value = valueAt(source.data, path);
      const top = path[0];
      if (typeof top === 'string' && dateFields.includes(top) && path.length === 1) {
        findings.push(schemaDate.finding(file, line, { issue, path }));
      } else if (value === undefined || value === null) {
        findings.push(schemaRequired.finding(file, line, { issue, path, missing: true }));
      } else if (issue.code === 'too_small') {
        findings.push(schemaRequired.finding(file, line, { issue, path, missing: false }));
      } else {
        findings.push(schemaInvalid.finding(file, line, { issue, path }));
      }
    }
  }

  for (const unknown of unknownFields(schema, source.data)) findings.push(schemaUnknownField.finding(file, source.fieldLine(unknown.path), unknown));

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

/** A field that the schema does not define, and the known name it is probably a typo of. */
interface UnknownField {
  path: PropertyKey[];
  suggestion?: string;
}

/** Fields present in `data` that the schema does not define (zod drops them silently). */
export function unknownFields(schema: z.ZodType, data: unknown, path: PropertyKey[] = []): UnknownField[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const out: UnknownField[] = [];
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
