import type { Locale } from '../../shared/locales.ts';
import { closestName } from '../../shared/suggest.ts';
import type { TimelineProblem, TimelineSliceProblem } from '../../shared/timelines.ts';
import type { StructureFact } from '../read/body-facts.ts';
import type { YamlSource } from '../read/yaml-source.ts';
import type { FindingOf, VersionUnderCheck } from '../types.ts';
import { defineRule } from './define.ts';

// The structured parts of analysis: chronologies (content/timelines/{topic}.yaml and `::timeline` in a story),
// the positions of the parties (`:::positions`) and figures (`:::figure`). The data is read by
// src/shared/timelines.ts, which the site renders from too; the renderer refuses a broken `::timeline` with
// this module's message.

const languageName = { ja: { en: 'Japanese', ja: '日本語' }, en: { en: 'English', ja: '英語' } } as const satisfies Record<Locale, unknown>;

const didYouMean = (value: string, known: readonly string[]) => {
  const near = closestName(value, known);
  return near ? { en: ` Did you mean "${near}"?`, ja: `「${near}」の書き間違いではありませんか。` } : { en: '', ja: '' };
};

const list = (items: readonly string[]) => items.join(', ') || '—';

export const timelineFile = defineRule({
  id: 'timeline-file',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A timeline file lacks its actors or events, an actor its id or a name, or it has a field the site does not read.',
    ja: '年表ファイルに当事者（actors）や出来事（events）がない、当事者のIDや名前がない、またはサイトが読まない項目があります。',
  },
  message: (
    p: Extract<
      TimelineProblem,
      { kind: 'not-a-mapping' | 'no-actors' | 'bad-actor-id' | 'duplicate-actor' | 'actor-name' | 'no-events' | 'no-event-actors' | 'unknown-field' }
    >,
  ) => {
    switch (p.kind) {
      case 'not-a-mapping':
        return {
          en: 'A timeline file must be a mapping with "actors:" and "events:" (see CONTRIBUTING.md, Chronologies).',
          ja: '年表ファイルには「actors:」と「events:」を書いてください（CONTRIBUTING.ja.mdの「年表」を参照）。',
        };
      case 'no-actors':
        return {
          en: 'List the actors first: "actors:" with one "- id: russia" and "name: { ja: ロシア, en: Russia }" each.',
          ja: '最初に当事者を挙げてください。「actors:」の下に「- id: russia」と「name: { ja: ロシア, en: Russia }」を一組ずつ書きます。',
        };
      case 'bad-actor-id':
        return {
          en: `"${p.value}" is not an actor id: use lowercase ASCII letters, digits and hyphens, e.g. "russia".`,
          ja: `「${p.value}」は当事者のIDとして使えません。半角小文字の英字・数字・ハイフンにしてください（例: russia）。`,
        };
      case 'duplicate-actor':
        return { en: `The actor "${p.id}" is listed twice: keep one.`, ja: `当事者「${p.id}」が二回挙げられています。一つにしてください。` };
      case 'actor-name':
        return {
          en: `The actor "${p.id}" has no ${languageName[p.lang].en} name: add "${p.lang}:" under its "name".`,
          ja: `当事者「${p.id}」に${languageName[p.lang].ja}の名前がありません。「name」に「${p.lang}:」を加えてください。`,
        };
      case 'no-events':
        return {
          en: 'The timeline has no events: add them under "events:", each with date, actors, ja and en.',
          ja: '年表に出来事がありません。「events:」の下に、date、actors、ja、enを持つ出来事を書いてください。',
        };
      case 'no-event-actors':
        return {
          en: 'This event names no actor: write "actors: [russia]" with the ids of the parties it concerns.',
          ja: 'この出来事に当事者がありません。「actors: [russia]」のように、関係する当事者のIDを書いてください。',
        };
      case 'unknown-field':
        return {
          en: `The site does not read "${p.field}" here.${didYouMean(p.field, p.allowed).en} Use ${list(p.allowed)}.`,
          ja: `ここに「${p.field}」という項目はありません。${didYouMean(p.field, p.allowed).ja}使えるのは ${list(p.allowed)} です。`,
        };
    }
  },
});

export const timelineTopic = defineRule({
  id: 'timeline-topic',
  severity: 'error',
  ignorable: false,
  explain: { en: 'A timeline file is not named after a topic.', ja: '年表ファイルの名前がトピックのIDになっていません。' },
  message: ({ topic, known }: { topic: string; known: readonly string[] }) => ({
    en: `There is no topic "${topic}" for this timeline: name the file after a topic of content/topics/ (${list(known)}).${didYouMean(topic, known).en}`,
    ja: `この年表のトピック「${topic}」がありません。ファイル名をcontent/topics/ のトピックのID（${list(known)}）にしてください。${didYouMean(topic, known).ja}`,
  }),
});

export const timelineActor = defineRule({
  id: 'timeline-actor',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An event names an actor the timeline does not list.', ja: '出来事に、年表のactorsにない当事者が書かれています。' },
  message: ({ id, known }: { id: string; known: readonly string[] }) => ({
    en: `The actor "${id}" is not in this timeline's "actors" (${list(known)}).${didYouMean(id, known).en} Add it there or correct the id.`,
    ja: `当事者「${id}」はこの年表の「actors」（${list(known)}）にありません。${didYouMean(id, known).ja}actorsに加えるか、IDを直してください。`,
  }),
});

export const timelineDate = defineRule({
  id: 'timeline-date',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An event date is not a year, month or day on the calendar.', ja: '出来事の日付が、実在する年・年月・年月日になっていません。' },
  message: ({ value }: { value: string }) => ({
    en: `"${value}" is not a date: write the year, month or day as precisely as the source gives it, as 2014, 2014-03 or 2014-03-18.`,
    ja: `「${value}」は日付として読めません。出典にある精度で、2014、2014-03、2014-03-18 のように書いてください。`,
  }),
});

export const timelineText = defineRule({
  id: 'timeline-text',
  severity: 'error',
  ignorable: false,
  explain: { en: 'An event, or its source, is written in one language only.', ja: '出来事またはその出典が、一方の言語でしか書かれていません。' },
  message: ({ lang, field }: { lang: Locale; field: 'text' | 'source' }) =>
    field === 'text'
      ? {
          en: `This event has no ${languageName[lang].en} text: add "${lang}:" with one line that says what happened.`,
          ja: `この出来事に${languageName[lang].ja}の説明がありません。「${lang}:」に何が起きたかを一行で書いてください。`,
        }
      : {
          en: `This event's source has no ${languageName[lang].en} side: write "source: { ja: …, en: … }".`,
          ja: `この出来事の出典に${languageName[lang].ja}がありません。「source: { ja: …, en: … }」と書いてください。`,
        },
});

export const timelineStory = defineRule({
  id: 'timeline-story',
  severity: 'error',
  ignorable: false,
  explain: { en: "An event links to a story that doesn't exist.", ja: '出来事が、存在しない記事にリンクしています。' },
  message: ({ slug, known }: { slug: string; known: readonly string[] }) => ({
    en: `There is no story "${slug}" (the folder name under content/articles/).${didYouMean(slug, known).en}`,
    ja: `記事「${slug}」がありません（content/articles/ のフォルダ名を書きます）。${didYouMean(slug, known).ja}`,
  }),
});

export const timelineRange = defineRule({
  id: 'timeline-range',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A ::timeline names no timeline, a bad date or actor, or a range with no events.',
    ja: '::timeline のトピックに年表がない、日付や当事者が正しくない、または範囲に出来事が一つもありません。',
  },
  message: (p: TimelineSliceProblem) => {
    switch (p.kind) {
      case 'unknown-topic':
        return {
          en: `There is no timeline for "${p.topic}": create content/timelines/${p.topic}.yaml or use one of: ${list(p.known)}.${didYouMean(p.topic, p.known).en}`,
          ja: `「${p.topic}」の年表がありません。content/timelines/${p.topic}.yaml を作るか、次のどれかを使ってください: ${list(p.known)}。${didYouMean(p.topic, p.known).ja}`,
        };
      case 'bad-bound':
        return {
          en: `${p.attribute}="${p.value}" is not a date: write a year, month or day, e.g. ${p.attribute}="2025-05".`,
          ja: `${p.attribute}="${p.value}" は日付として読めません。${p.attribute}="2025-05" のように年・年月・年月日で書いてください。`,
        };
      case 'reversed':
        return {
          en: `The range ends (${p.to}) before it starts (${p.from}): swap from and to.`,
          ja: `範囲の終わり（${p.to}）が始まり（${p.from}）より前です。fromとtoを入れ替えてください。`,
        };
      case 'unknown-actor':
        return {
          en: `The timeline has no actor "${p.id}" (${list(p.known)}).${didYouMean(p.id, p.known).en}`,
          ja: `年表に当事者「${p.id}」はありません（${list(p.known)}）。${didYouMean(p.id, p.known).ja}`,
        };
      case 'empty':
        return {
          en: `No event of the "${p.topic}" timeline falls in this range: widen from/to, check the actors, or add the events to content/timelines/${p.topic}.yaml.`,
          ja: `「${p.topic}」の年表に、この範囲の出来事が一つもありません。from/toを広げるか、当事者を確かめるか、content/timelines/${p.topic}.yaml に出来事を加えてください。`,
        };
    }
  },
});

export const positionsTable = defineRule({
  id: 'positions-table',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A :::positions block holds no table with the issues in rows and the actors in columns.',
    ja: ':::positions のブロックに、論点を行、当事者を列とする表がありません。',
  },
  message: () => ({
    en: 'Put one table inside :::positions[Title]: the header row names the actors ("| Issue | Ukraine | United States |"), each row below is one issue.',
    ja: ':::positions[題名] の中に表を一つ置いてください。見出し行に当事者（「| 論点 | ウクライナ | 米国 |」）、その下の各行に論点を一つずつ書きます。',
  }),
});

export const positionsPair = defineRule({
  id: 'positions-pair',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'The positions tables of the two versions differ in their number of actors or issues.',
    ja: '両言語版の主張の表で、当事者か論点の数が違います。',
  },
  message: (d: { number: number; other: string; what: 'actors' | 'issues' | 'blocks'; here: number; there: number }) => {
    const what = {
      actors: { en: 'actors (columns)', ja: '当事者（列）' },
      issues: { en: 'issues (rows)', ja: '論点（行）' },
      blocks: { en: ':::positions blocks', ja: ':::positionsのブロック' },
    }[d.what];
    return d.what === 'blocks'
      ? {
          en: `${what.en}: ${d.here} in this version, ${d.there} in ${d.other}. Both versions set out the same positions.`,
          ja: `この版には${what.ja}が${d.here}個、${d.other} には${d.there}個あります。両方の版に同じ主張の表を置いてください。`,
        }
      : {
          en: `Positions table ${d.number}, ${what.en}: ${d.here} here, ${d.there} in ${d.other}. Keep the same actors and issues, in the same order, in both versions.`,
          ja: `主張の表${d.number}の${what.ja}は、この版では${d.here}、${d.other} では${d.there}です。両方の版で同じ当事者と論点を同じ順に並べてください。`,
        };
  },
});

export const figureContent = defineRule({
  id: 'figure-content',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A :::figure block lacks its image or its caption, or holds more than one image.',
    ja: ':::figure のブロックに画像か説明文がない、または画像が二つ以上あります。',
  },
  message: ({ images, caption }: { images: number; caption: boolean }) =>
    images !== 1
      ? {
          en: `A figure holds exactly one image, written ![What it shows](./file.png); this one has ${images}.`,
          ja: `図には画像をちょうど一つ、![画像の内容](./file.png) の形で置きます。この図には${images}個あります。`,
        }
      : caption
        ? { en: 'This figure is not complete.', ja: 'この図は完成していません。' }
        : {
            en: 'The figure has no caption: write one paragraph under the image that says what it shows.',
            ja: '図に説明文がありません。画像の下に、何を示す図かを一段落で書いてください。',
          },
});

export const structureRules = [
  timelineFile,
  timelineTopic,
  timelineActor,
  timelineDate,
  timelineText,
  timelineStory,
  timelineRange,
  positionsTable,
  positionsPair,
  figureContent,
] as const;

export type StructureFinding = FindingOf<(typeof structureRules)[number]['id']>;

/** The findings of a timeline file's problems (src/shared/timelines.ts), each at the line of its field. */
export function timelineFileFindings(
  file: string,
  source: YamlSource,
  problems: readonly TimelineProblem[],
  stories: readonly string[],
): StructureFinding[] {
  return problems.map((p) => {
    const line = source.fieldLine(p.path);
    switch (p.kind) {
      case 'bad-date':
        return timelineDate.finding(file, line, p);
      case 'unknown-actor':
        return timelineActor.finding(file, line, p);
      case 'missing-text':
        return timelineText.finding(file, line, { lang: p.lang, field: 'text' });
      case 'missing-source':
        return timelineText.finding(file, line, { lang: p.lang, field: 'source' });
      case 'unknown-story':
        return timelineStory.finding(file, line, { slug: p.slug, known: stories });
      default:
        return timelineFile.finding(file, line, p);
    }
  });
}

/** A story version's `:::positions` and `:::figure` blocks on their own. */
export function checkStructures(version: VersionUnderCheck): StructureFinding[] {
  const findings: StructureFinding[] = [];
  for (const s of version.facts?.structures ?? []) {
    if (s.kind === 'positions' && (s.actors < 1 || s.issues < 1)) findings.push(positionsTable.finding(version.file, s.line));
    if (s.kind === 'figure' && (s.images !== 1 || !s.caption)) findings.push(figureContent.finding(version.file, s.line, s));
  }
  return findings;
}

/** The positions tables of two versions of a story against each other: as many, with as many actors and issues. */
export function comparePositions(a: VersionUnderCheck, b: VersionUnderCheck): StructureFinding[] {
  const positions = (v: VersionUnderCheck) =>
    (v.facts?.structures ?? []).filter((s): s is Extract<StructureFact, { kind: 'positions' }> => s.kind === 'positions');
  const [pa, pb] = [positions(a), positions(b)];
  const findings: StructureFinding[] = [];
  if (pa.length !== pb.length) {
    const line = (pb[0] ?? pa[0])?.line ?? 1;
    findings.push(
      positionsPair.finding(b.file, pb.length ? line : 1, { number: 0, other: a.file, what: 'blocks', here: pb.length, there: pa.length }),
    );
    return findings;
  }
  pa.forEach((x, i) => {
    const y = pb[i]!;
    for (const what of ['actors', 'issues'] as const) {
      if (x[what] !== y[what])
        findings.push(positionsPair.finding(b.file, y.line, { number: i + 1, other: a.file, what, here: y[what], there: x[what] }));
    }
  });
  return findings;
}
