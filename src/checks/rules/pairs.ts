import { posix } from 'node:path';
import { extractNumbers, missingNumbers, type NumberMention } from './numbers.ts';
import { flatten } from '../read/text.ts';
import type { Add, VersionUnderCheck } from '../run/version.ts';

// The language versions of one story against each other.

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');
const fileName = (v: VersionUnderCheck) => posix.basename(v.file);

/** Compares `b` (reported on) with `a`, the version in the site's first language. */
export function comparePair(a: VersionUnderCheck, b: VersionUnderCheck, add: Add) {
  if (!a.data || !b.data || !b.source) return;
  const at = (path: PropertyKey[]) => b.source!.fieldLine(path);
  const other = fileName(a);

  if (day(a.data.date) !== day(b.data.date)) {
    add('pair-date', b.file, at(['date']), {
      en: `"date" is ${day(b.data.date)} here but ${day(a.data.date)} in ${other}: both versions of a story use the same publication date.`,
      ja: `「date」がこのファイルでは ${day(b.data.date)}、${other} では ${day(a.data.date)} です。同じ記事の言語版は同じ日付にしてください。`,
    });
  }
  const ta = a.data.topics;
  const tb = b.data.topics;
  const sameSet = ta.length === tb.length && ta.every((t) => tb.includes(t));
  if (!sameSet) {
    add('pair-topics', b.file, at(['topics']), {
      en: `"topics" is [${tb.join(', ')}] here but [${ta.join(', ')}] in ${other}: give both versions the same topics.`,
      ja: `「topics」がこのファイルでは [${tb.join(', ')}]、${other} では [${ta.join(', ')}] です。両方の言語版で同じトピックにしてください。`,
    });
  } else if (ta[0] !== tb[0]) {
    add('pair-meta', b.file, at(['topics']), {
      en: `The main (first) topic is "${tb[0]}" here but "${ta[0]}" in ${other}: list the topics in the same order.`,
      ja: `メインのトピック（先頭）がこのファイルでは「${tb[0]}」、${other} では「${ta[0]}」です。同じ順番で並べてください。`,
    });
  }

  const counts: [string, string, number, number, PropertyKey[]][] = [
    ['key point(s)', '要点（keyPoints）', a.data.keyPoints.length, b.data.keyPoints.length, ['keyPoints']],
    ['reference(s)', '参考文献（references）', a.data.references.length, b.data.references.length, ['references']],
    ['analysis point(s) (:::analysis)', '解説ポイント（:::analysis）', a.facts?.analysis.length ?? 0, b.facts?.analysis.length ?? 0, []],
  ];
  for (const [en, ja, na, nb, path] of counts) {
    if (na === nb) continue;
    const line = path.length ? at(path) : (b.facts?.analysis[Math.min(na, nb)]?.line ?? b.facts?.analysis[0]?.line ?? 1);
    add('pair-count', b.file, line, {
      en: `This version has ${nb} ${en} but ${other} has ${na}: both versions need the same ones, in the same order.`,
      ja: `${ja}がこのファイルでは${nb}個、${other} では${na}個です。両方の言語版で同じ数・同じ順番にしてください。`,
    });
  }

  const meta: [string, unknown, unknown][] = [
    ['kind', a.data.kind, b.data.kind],
    ['author', a.data.author, b.data.author],
    ['draft', a.data.draft, b.data.draft],
    ['updated', day(a.data.updated), day(b.data.updated)],
  ];
  for (const [field, va, vb] of meta) {
    if (va === vb) continue;
    const show = (v: unknown) => (v === undefined || v === '' ? '(none)' : String(v));
    add('pair-meta', b.file, at([field]), {
      en: `"${field}" is ${show(vb)} here but ${show(va)} in ${other}; make them the same unless the difference is on purpose.`,
      ja: `「${field}」がこのファイルでは ${show(vb)}、${other} では ${show(va)} です。意図した違いでなければそろえてください。`,
    });
  }

  const na = numbersOf(a);
  const nb = numbersOf(b);
  for (const [from, to, mentions, others] of [
    [a, b, na, nb],
    [b, a, nb, na],
  ] as const) {
    for (const m of missingNumbers(mentions, others)) {
      add('pair-numbers', from.file, m.line, {
        en: `The number "${m.text}" appears here but not in ${fileName(to)}: check that the translation gives the same figure.`,
        ja: `数字「${m.text}」はこのファイルにありますが、${fileName(to)} にはありません。訳文の数字が同じか確かめてください。`,
      });
    }
  }
}

/** Numbers in everything a reader sees of a version, except names in quote attributions and code. */
function numbersOf(v: VersionUnderCheck): NumberMention[] {
  const lang = v.lang === 'ja' ? 'ja' : 'en';
  const out: NumberMention[] = [];
  for (const block of v.blocks) {
    if (block.kind === 'attribution' || block.field === 'references.publisher') continue;
    const flat = flatten(block);
    const text = flat.text.includes('\uFFFC') ? flat.text.replace(/\uFFFC/g, ' ') : flat.text;
    if (block.kind !== 'frontmatter') {
      out.push(...extractNumbers(text, lang, block.pieces[0]?.line ?? 1));
      continue;
    }
    // Frontmatter lines are looked up only for a message (see parseYaml).
    for (const m of extractNumbers(text, lang, 0)) {
      out.push({ value: m.value, text: m.text, strong: m.strong, get line() { return (block.pieces[0]?.line ?? 1) + m.line; } });
    }
  }
  return out;
}
