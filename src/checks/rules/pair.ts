import { posix } from 'node:path';
import { newerVersion } from '../../shared/freshness.ts';
import { defaultLocale } from '../../shared/locales.ts';
import { flatten } from '../read/text.ts';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import type { ArticleData } from '../../schemas/index.ts';
import { defineRule } from './define.ts';
import { storySchema } from './schema.ts';
import { extractNumbers, missingNumbers, type NumberMention } from './numbers.ts';

// The language versions of one story against each other.

/** What the version reported on (`here`) has, what the other version has (`there`), and that file's name. */
interface Difference<T> {
  here: T;
  there: T;
  other: string;
}

export const pairDate = defineRule({
  id: 'pair-date',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The language versions of a story have different dates.', ja: '同じ記事の言語版どうしで日付が違います。' },
  message: ({ here, there, other }: Difference<string>) => ({
    en: `"date" is ${here} here but ${there} in ${other}: both versions of a story use the same publication date.`,
    ja: `「date」がこのファイルでは ${here}、${other} では ${there} です。同じ記事の言語版は同じ日付にしてください。`,
  }),
});

export const pairTopics = defineRule({
  id: 'pair-topics',
  severity: 'error',
  ignorable: false,
  explain: { en: 'The language versions of a story have different topics.', ja: '同じ記事の言語版どうしでトピックが違います。' },
  message: ({ here, there, other }: Difference<readonly string[]>) => ({
    en: `"topics" is [${here.join(', ')}] here but [${there.join(', ')}] in ${other}: give both versions the same topics.`,
    ja: `「topics」がこのファイルでは [${here.join(', ')}]、${other} では [${there.join(', ')}] です。両方の言語版で同じトピックにしてください。`,
  }),
});

/** The lists both versions must have the same number of, as the messages name them. */
const counted = {
  keyPoints: { en: 'key point(s)', ja: '要点（keyPoints）' },
  references: { en: 'reference(s)', ja: '参考文献（references）' },
  analysis: { en: 'analysis point(s) (:::analysis)', ja: '解説ポイント（:::analysis）' },
} as const;

export const pairCount = defineRule({
  id: 'pair-count',
  severity: 'error',
  ignorable: true,
  explain: {
    en: 'The language versions have different numbers of key points, analysis points or references.',
    ja: '言語版どうしで要点・解説ポイント・参考文献の数が違います。',
  },
  message: ({ list, here, there, other }: Difference<number> & { list: keyof typeof counted }) => ({
    en: `This version has ${here} ${counted[list].en} but ${other} has ${there}: both versions need the same ones, in the same order.`,
    ja: `${counted[list].ja}がこのファイルでは${here}個、${other} では${there}個です。両方の言語版で同じ数・同じ順番にしてください。`,
  }),
});

/**
 * A field that differs between the versions, or the same topics in another order (`field: 'main topic'`). An
 * `updated` that differs is pair-stale's: it says which version is behind and how to catch up.
 */
type MetaDifference = Difference<unknown> & { field: 'kind' | 'author' | 'draft' | 'main topic' };

const shown = (v: unknown) => (v === undefined || v === '' ? '(none)' : String(v));

export const pairMeta = defineRule({
  id: 'pair-meta',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'The language versions differ in kind, author, draft or the order of their topics.',
    ja: '言語版どうしで種類・執筆者・下書き・トピックの順番が違います。',
  },
  message: ({ field, here, there, other }: MetaDifference) =>
    field === 'main topic'
      ? {
          en: `The main (first) topic is "${String(here)}" here but "${String(there)}" in ${other}: list the topics in the same order.`,
          ja: `メインのトピック（先頭）がこのファイルでは「${String(here)}」、${other} では「${String(there)}」です。同じ順番で並べてください。`,
        }
      : {
          en: `"${field}" is ${shown(here)} here but ${shown(there)} in ${other}; make them the same unless the difference is on purpose.`,
          ja: `「${field}」がこのファイルでは ${shown(here)}、${other} では ${shown(there)} です。意図した違いでなければそろえてください。`,
        },
});

/** A version that changed after this one (`other`, on `newer`), while this one last changed on `own`. */
interface Staleness {
  other: string;
  newer: string;
  own: string;
  /** True when this version is a translation of the newer one (not the original). */
  translation: boolean;
}

export const pairStale = defineRule({
  id: 'pair-stale',
  severity: 'warning',
  ignorable: true,
  explain: {
    en: 'One language version was updated after the other, which may not reflect the changes yet.',
    ja: '一方の言語版が後から更新され、もう一方にその変更がまだ反映されていない可能性があります。',
  },
  message: ({ other, newer, own, translation }: Staleness) => ({
    en: `${other} was updated on ${newer} after this ${translation ? 'translation' : 'version'} (${own}): bring it up to date, then set updated: ${newer}`,
    ja: `${other} は ${newer} に更新されましたが、この${translation ? '訳文' : '版'}は ${own} のままです。変更を反映してから updated: ${newer} にしてください。`,
  }),
});

export const pairNumbers = defineRule({
  id: 'pair-numbers',
  severity: 'warning',
  ignorable: true,
  explain: { en: 'A number appears in one language version but not in the other.', ja: '一方の言語版にだけ出てくる数字があります。' },
  message: ({ number, other }: { number: string; other: string }) => ({
    en: `The number "${number}" appears here but not in ${other}: check that the translation gives the same figure.`,
    ja: `数字「${number}」はこのファイルにありますが、${other} にはありません。訳文の数字が同じか確かめてください。`,
  }),
});

export const pairRules = [pairDate, pairTopics, pairCount, pairMeta, pairStale, pairNumbers] as const;

export type PairFinding = FindingOf<(typeof pairRules)[number]['id']>;

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');
const fileName = (v: VersionUnderCheck) => posix.basename(v.file);

/** The frontmatter fields the versions are compared on. */
const comparedFields = ['date', 'updated', 'topics', 'kind', 'keyPoints', 'references', 'author', 'draft'] as const;

type ComparedField = (typeof comparedFields)[number];

/** A version's compared fields that are valid: all of them when the whole frontmatter is, some otherwise. */
type PairFields = { [K in ComparedField]?: ArticleData[K] };

/**
 * The fields a comparison can trust. A frontmatter with one invalid field (a misspelt `kind`) still has a
 * valid date and valid key points, and comparing those is what lets one run report every mistake; a field
 * that is itself invalid is left out (its own error says what is wrong), and so is everything when the YAML
 * cannot be read at all.
 * @example pairFields({ data: undefined, raw: { kind: 'analyss', keyPoints: ['a'] } } as VersionUnderCheck).keyPoints // ['a']
 */
export function pairFields(v: Pick<VersionUnderCheck, 'data' | 'raw'>): PairFields {
  if (v.data) return v.data;
  const fields: Record<string, unknown> = {};
  if (!v.raw) return fields;
  for (const key of comparedFields) {
    const parsed = storySchema.shape[key].safeParse(v.raw[key]);
    if (parsed.success) fields[key] = parsed.data;
  }
  return fields as PairFields;
}

/** Whether a field is valid in a version (an optional field that is absent is valid: "no author"). */
const has = (v: VersionUnderCheck, fields: PairFields, key: ComparedField) => v.data !== undefined || key in fields;

/**
 * Compares `b` (reported on) with `a`, the version in the site's first language. Each comparison runs when both
 * versions have what it needs, so that a mistake in one field does not hide the differences in the others.
 */
export function comparePair(a: VersionUnderCheck, b: VersionUnderCheck): PairFinding[] {
  const found: PairFinding[] = [];
  const at = (path: PropertyKey[]) => b.source?.fieldLine(path) ?? 1;
  const other = fileName(a);
  const fa = pairFields(a);
  const fb = pairFields(b);

  if (fa.date && fb.date && day(fa.date) !== day(fb.date)) {
    found.push(pairDate.finding(b.file, at(['date']), { here: day(fb.date), there: day(fa.date), other }));
  }
  const ta = fa.topics;
  const tb = fb.topics;
  if (ta && tb) {
    const sameSet = ta.length === tb.length && ta.every((t) => tb.includes(t));
    if (!sameSet) {
      found.push(pairTopics.finding(b.file, at(['topics']), { here: tb, there: ta, other }));
    } else if (ta[0] !== tb[0]) {
      found.push(pairMeta.finding(b.file, at(['topics']), { field: 'main topic', here: tb[0], there: ta[0], other }));
    }
  }

  const counts: [keyof typeof counted, number | undefined, number | undefined, PropertyKey[]][] = [
    ['keyPoints', fa.keyPoints?.length, fb.keyPoints?.length, ['keyPoints']],
    ['references', fa.references?.length, fb.references?.length, ['references']],
    ['analysis', a.facts?.analysis.length, b.facts?.analysis.length, []],
  ];
  for (const [list, na, nb, path] of counts) {
    if (na === undefined || nb === undefined || na === nb) continue;
    const line = path.length ? at(path) : (b.facts?.analysis[Math.min(na, nb)]?.line ?? b.facts?.analysis[0]?.line ?? 1);
    found.push(pairCount.finding(b.file, line, { list, here: nb, there: na, other }));
  }

  const meta = ['kind', 'author', 'draft'] as const;
  for (const field of meta) {
    if (!has(a, fa, field) || !has(b, fb, field)) continue;
    if (fa[field] !== fb[field]) found.push(pairMeta.finding(b.file, at([field]), { field, here: fb[field], there: fa[field], other }));
  }

  // The version that fell behind, whichever it is; the same comparison as the notice on its page. Publication
  // dates that differ are pair-date's error, not a version falling behind.
  const sameDate = fa.date && fb.date && day(fa.date) === day(fb.date);
  for (const [behind, ahead, fBehind, fAhead] of sameDate
    ? ([
        [b, a, fb, fa],
        [a, b, fa, fb],
      ] as const)
    : []) {
    if (!behind.lang || !ahead.lang || !has(behind, fBehind, 'updated') || !has(ahead, fAhead, 'updated')) continue;
    const dates = (f: PairFields) => ({ date: f.date!, ...(f.updated ? { updated: f.updated } : {}) });
    const newer = newerVersion(behind.lang, { [behind.lang]: dates(fBehind), [ahead.lang]: dates(fAhead) });
    if (!newer) continue;
    const field = fBehind.updated ? 'updated' : 'date';
    found.push(
      pairStale.finding(behind.file, behind.source?.fieldLine([field]) ?? 1, {
        other: fileName(ahead),
        newer: day(newer.changed),
        own: day(fBehind.updated ?? fBehind.date),
        translation: behind.lang !== defaultLocale,
      }),
    );
  }

  // Numbers: from everything a reader sees when both frontmatters were read, from the bodies alone otherwise
  // (a lead that cannot be read has no numbers to compare, which is not a difference).
  const bodiesOnly = !a.source || !b.source;
  const na = numbersOf(a, bodiesOnly);
  const nb = numbersOf(b, bodiesOnly);
  for (const [from, to, mentions, others] of [
    [a, b, na, nb],
    [b, a, nb, na],
  ] as const) {
    for (const m of missingNumbers(mentions, others)) found.push(pairNumbers.finding(from.file, m.line, { number: m.text, other: fileName(to) }));
  }
  return found;
}

/** Numbers in everything a reader sees of a version, except names in quote attributions and code. */
function numbersOf(v: VersionUnderCheck, bodyOnly: boolean): NumberMention[] {
  const lang = v.lang === 'ja' ? 'ja' : 'en';
  const out: NumberMention[] = [];
  for (const block of v.blocks) {
    if (block.kind === 'attribution' || block.field === 'references.publisher') continue;
    if (bodyOnly && block.kind === 'frontmatter') continue;
    const flat = flatten(block);
    const text = flat.text.includes('\uFFFC') ? flat.text.replace(/\uFFFC/g, ' ') : flat.text;
    if (block.kind !== 'frontmatter') {
      out.push(...extractNumbers(text, lang, block.pieces[0]?.line ?? 1));
      continue;
    }
    // Frontmatter lines are looked up only for a message (see parseYaml).
    for (const m of extractNumbers(text, lang, 0)) {
      out.push({
        value: m.value,
        text: m.text,
        strong: m.strong,
        get line() {
          return (block.pieces[0]?.line ?? 1) + m.line;
        },
      });
    }
  }
  return out;
}
