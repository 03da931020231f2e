// tooling/: code the tests and the benchmark share (the site never imports it); each file runs in plain Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic content tree for the benchmark: N stories, each in Japanese and English, written like the real
 * ones (sections, key points, quotes, analysis points, tables, footnotes, references) from parallel sentence
 * templates, so both versions carry the same numbers and pass the content checks without warnings. Names are
 * made up from syllables, which gives the search index the long tail of rare words real news has.
 *
 * Deterministic: the same `seed` and `pairs` always write the same files, so runs on different days compare.
 */

export interface GenerateOptions {
  pairs: number;
  seed: number;
}

export interface GeneratedTree {
  stories: number;
  files: number;
  bytes: number;
}

/** mulberry32: a small, fast, seeded PRNG (public domain). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pair = readonly [ja: string, en: string];

// Word tables keep several entries to a line (prettier-ignore): one entry per line would make them 300 lines long.
// prettier-ignore
const places: Pair[] = [
  ['ジュネーブ', 'Geneva'], ['イスタンブール', 'Istanbul'], ['ドーハ', 'Doha'], ['カイロ', 'Cairo'], ['リヤド', 'Riyadh'],
  ['ウィーン', 'Vienna'], ['オスロ', 'Oslo'], ['ヘルシンキ', 'Helsinki'], ['ニューヨーク', 'New York'], ['ブリュッセル', 'Brussels'],
  ['アンカラ', 'Ankara'], ['ジッダ', 'Jeddah'], ['マスカット', 'Muscat'], ['アディスアベバ', 'Addis Ababa'], ['ナイロビ', 'Nairobi'],
  ['ジャカルタ', 'Jakarta'], ['シンガポール', 'Singapore'], ['ソウル', 'Seoul'], ['北京', 'Beijing'], ['東京', 'Tokyo'],
  ['ワシントン', 'Washington'], ['パリ', 'Paris'], ['ベルリン', 'Berlin'], ['ワルシャワ', 'Warsaw'], ['キーウ', 'Kyiv'],
  ['アンマン', 'Amman'], ['ベイルート', 'Beirut'], ['バグダッド', 'Baghdad'], ['アブダビ', 'Abu Dhabi'], ['バクー', 'Baku'],
  ['エレバン', 'Yerevan'], ['トビリシ', 'Tbilisi'], ['ハルツーム', 'Khartoum'], ['ボゴタ', 'Bogota'], ['ハバナ', 'Havana'],
  ['プノンペン', 'Phnom Penh'], ['バンコク', 'Bangkok'], ['マニラ', 'Manila'], ['ダッカ', 'Dhaka'], ['カブール', 'Kabul'],
];

// prettier-ignore
const parties: Pair[] = [
  ['ロシア', 'Russia'], ['ウクライナ', 'Ukraine'], ['イスラエル', 'Israel'], ['トルコ', 'Turkey'], ['カタール', 'Qatar'],
  ['エジプト', 'Egypt'], ['米国', 'the United States'], ['欧州連合', 'the European Union'], ['中国', 'China'], ['インド', 'India'],
  ['パキスタン', 'Pakistan'], ['アルメニア', 'Armenia'], ['アゼルバイジャン', 'Azerbaijan'], ['スーダン', 'Sudan'],
  ['エチオピア', 'Ethiopia'], ['コロンビア', 'Colombia'], ['ミャンマー', 'Myanmar'], ['カンボジア', 'Cambodia'], ['タイ', 'Thailand'],
  ['セルビア', 'Serbia'], ['コソボ', 'Kosovo'], ['イラン', 'Iran'], ['サウジアラビア', 'Saudi Arabia'], ['イエメン', 'Yemen'],
  ['レバノン', 'Lebanon'], ['シリア', 'Syria'], ['ノルウェー', 'Norway'], ['スイス', 'Switzerland'], ['日本', 'Japan'], ['韓国', 'South Korea'],
];

// prettier-ignore
const issues: Pair[] = [
  ['停戦', 'a ceasefire'], ['捕虜の交換', 'a prisoner exchange'], ['人道回廊の設置', 'a humanitarian corridor'],
  ['国境線の画定', 'the border demarcation'], ['制裁の緩和', 'easing sanctions'], ['復興支援', 'reconstruction aid'],
  ['停戦監視団の派遣', 'deploying ceasefire monitors'], ['原子力発電所の安全確保', 'the safety of the nuclear plant'],
  ['穀物輸出の再開', 'resuming grain exports'], ['難民の帰還', 'the return of refugees'], ['部隊の撤退', 'the withdrawal of troops'],
  ['選挙の実施', 'holding elections'], ['人質の解放', 'the release of hostages'], ['武装解除', 'disarmament'],
  ['領土の扱い', 'the status of the territory'], ['安全の保証', 'security guarantees'], ['港湾の封鎖解除', 'lifting the port blockade'],
  ['電力網の修復', 'repairing the power grid'], ['地雷の除去', 'clearing landmines'], ['賠償の枠組み', 'a framework for reparations'],
];

// prettier-ignore
const roles: Pair[] = [
  ['外相', 'Foreign Minister'], ['国防相', 'Defence Minister'], ['大統領補佐官', 'presidential adviser'], ['特使', 'special envoy'],
  ['首相', 'Prime Minister'], ['交渉団長', 'chief negotiator'], ['国連特別代表', 'UN special representative'],
  ['国際危機グループの研究員', 'researcher at the International Crisis Group'], ['元外交官', 'former diplomat'],
  ['大学教授', 'university professor'], ['人道支援団体の代表', 'head of an aid organisation'], ['軍事アナリスト', 'military analyst'],
];

// prettier-ignore
const sources: Pair[] = [
  ['グローバル通信', 'Global Wire'], ['デイリー・レジャー', 'The Daily Ledger'], ['国際報道センター', 'International Press Centre'],
  ['ワールド・レビュー', 'World Review'], ['平和研究フォーラム', 'Peace Research Forum'], ['中東ニュース', 'Middle East News'],
  ['アジア・モニター', 'Asia Monitor'], ['欧州政策研究所', 'European Policy Institute'],
];

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Katakana syllables with their romanisation, for made-up names (the search index's long tail). */
// prettier-ignore
const syllables: Pair[] = [
  ['カ', 'ka'], ['キ', 'ki'], ['ク', 'ku'], ['ケ', 'ke'], ['コ', 'ko'], ['サ', 'sa'], ['シ', 'shi'], ['ス', 'su'], ['セ', 'se'],
  ['ソ', 'so'], ['タ', 'ta'], ['テ', 'te'], ['ト', 'to'], ['ナ', 'na'], ['ニ', 'ni'], ['ノ', 'no'], ['ハ', 'ha'], ['ヒ', 'hi'],
  ['ホ', 'ho'], ['マ', 'ma'], ['ミ', 'mi'], ['ム', 'mu'], ['メ', 'me'], ['モ', 'mo'], ['ラ', 'ra'], ['リ', 'ri'], ['ル', 'ru'],
  ['レ', 're'], ['ロ', 'ro'], ['ヤ', 'ya'], ['ユ', 'yu'], ['ヨ', 'yo'], ['ワ', 'wa'], ['ダ', 'da'], ['デ', 'de'], ['ド', 'do'],
  ['バ', 'ba'], ['ベ', 'be'], ['ボ', 'bo'], ['ガ', 'ga'], ['ゴ', 'go'], ['ザ', 'za'], ['ゾ', 'zo'], ['パ', 'pa'], ['ペ', 'pe'],
];

// prettier-ignore
export const benchTopics = [
  { id: 'peace-talks', ja: '和平交渉', en: 'Peace talks', dja: '停戦や和平をめぐる交渉の動き。', den: 'Ceasefire and peace negotiations.' },
  { id: 'ukraine', ja: 'ウクライナ情勢', en: 'Ukraine war', dja: 'ロシアとウクライナの戦争と外交。', den: 'The war between Russia and Ukraine.' },
  { id: 'middle-east', ja: '中東', en: 'Middle East', dja: '中東の紛争と外交。', den: 'Conflict and diplomacy in the Middle East.' },
  { id: 'asia', ja: 'アジア', en: 'Asia', dja: 'アジアの安全保障と外交。', den: 'Security and diplomacy in Asia.' },
  { id: 'africa', ja: 'アフリカ', en: 'Africa', dja: 'アフリカの紛争と仲介。', den: 'Conflict and mediation in Africa.' },
  { id: 'europe', ja: '欧州', en: 'Europe', dja: '欧州の安全保障。', den: 'European security.' },
  { id: 'us-diplomacy', ja: '米国外交', en: 'US diplomacy', dja: '米国の外交と仲介。', den: 'American diplomacy and mediation.' },
  { id: 'humanitarian', ja: '人道支援', en: 'Humanitarian aid', dja: '紛争地の人道状況と支援。', den: 'Humanitarian needs and aid in conflict zones.' },
] as const;

const authors = [
  { id: 'desk', ja: '編集部', en: 'Editorial desk' },
  { id: 'analyst-a', ja: '真柴 遥', en: 'Haruka Mashiba' },
  { id: 'analyst-b', ja: '森川 透', en: 'Toru Morikawa' },
];

// prettier-ignore
const sectionTitles: Pair[] = [
  ['協議に至るまで', 'How the talks came about'], ['争点の整理', 'The issues at stake'], ['仲介国の役割', "The mediator's role"],
  ['現地の状況', 'The situation on the ground'], ['国際社会の反応', 'International reactions'], ['今後の焦点', 'What comes next'],
  ['経済への影響', 'The economic impact'], ['人道状況', 'The humanitarian situation'], ['専門家の見方', 'What experts say'],
];

const quotesText: Pair[] = [
  ['対話の扉は開いているが、約束が守られなければ次はない。', 'The door to dialogue is open, but there is no next step unless promises are kept.'],
  ['市民の安全が何よりも優先されるべきだ。', 'The safety of civilians must come before everything else.'],
  ['合意は紙の上では意味がない。履行されて初めて価値が生まれる。', 'An agreement means nothing on paper. It only has value once it is carried out.'],
  ['双方が歩み寄らない限り、戦闘は終わらないだろう。', 'Unless both sides move towards each other, the fighting will not end.'],
  ['今回の協議は出発点にすぎない。', 'These talks are only a starting point.'],
  ['国際社会の関与がなければ、停戦は長続きしない。', 'Without the involvement of the international community, a ceasefire will not last.'],
];

interface Ctx {
  r: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const enNumber = (n: number) => n.toLocaleString('en-US');

/** One story's cast and facts, shared by both language versions. */
interface Facts {
  a: Pair;
  b: Pair;
  c: Pair;
  place: Pair;
  place2: Pair;
  issue: Pair;
  issue2: Pair;
  people: { name: Pair; role: Pair }[];
  month: number;
  day: number;
  year: number;
  source: Pair;
}

function makeName(ctx: Ctx): Pair {
  const word = (min: number, max: number): Pair => {
    const parts = Array.from({ length: ctx.int(min, max) }, () => ctx.pick(syllables));
    return [parts.map((p) => p[0]).join(''), capitalise(parts.map((p) => p[1]).join(''))];
  };
  const given = word(2, 3);
  const family = word(3, 4);
  return [`${given[0]}・${family[0]}`, `${given[1]} ${family[1]}`];
}

/** A sentence in both languages. Each template uses the same numbers in both. */
type Template = (f: Facts, ctx: Ctx) => Pair;

// prettier-ignore
const sentences: Template[] = [
  (f) => [`${f.a[0]}と${f.b[0]}の代表団は${f.month}月${f.day}日、${f.place[0]}で${f.issue[0]}をめぐる協議に臨んだ。`, `Delegations from ${f.a[1]} and ${f.b[1]} met in ${f.place[1]} on ${f.day} ${monthNames[f.month - 1]} to discuss ${f.issue[1]}.`],
  (f, c) => { const h = c.int(2, 9); return [`協議は約${h}時間続いたが、${f.issue[0]}について具体的な合意には至らなかった。`, `The talks lasted about ${h} hours but produced no concrete agreement on ${f.issue[1]}.`]; },
  (f) => { const p = f.people[0]!; return [`${p.role[0]}の${p.name[0]}氏は記者会見で、${f.issue[0]}の実現には時間がかかるとの見方を示した。`, `${capitalise(p.role[1])} ${p.name[1]} told a news conference that ${f.issue[1]} would take time.`]; },
  (f, c) => { const n = c.int(2, 90) * 100; return [`報道によると、${f.a[0]}は${n}人規模の部隊を${f.place[0]}の周辺に展開している。`, `According to reports, ${f.a[1]} has deployed around ${enNumber(n)} troops near ${f.place[1]}.`]; },
  (f, c) => { const k = c.int(2, 9); const since = f.year - c.int(1, 5); return [`${since}年以降、双方の直接対話は今回で${k}回目となる。`, `It was the ${ordinals[k - 1]} direct meeting between the two sides since ${since}.`]; },
  (f) => [`仲介役の${f.c[0]}は、${f.issue[0]}と${f.issue2[0]}を同時に進める案を示した。`, `${capitalise(f.c[1])}, acting as mediator, proposed pursuing ${f.issue[1]} and ${f.issue2[1]} at the same time.`],
  (f, c) => { const n = c.int(3, 400) * 1000; return [`支援団体は、${f.place2[0]}の周辺で約${enNumber(n)}人が避難生活を送っていると推計している。`, `Aid groups estimate that about ${enNumber(n)} people have been displaced around ${f.place2[1]}.`]; },
  (f, c) => { const k = c.int(21, 79); return [`${f.a[0]}で行われた世論調査では、${k}%が交渉の継続を支持した。`, `In a poll in ${f.a[1]}, ${k}% supported continuing the negotiations.`]; },
  (f) => [`専門家の多くは、${f.issue2[0]}が今後の焦点になるとみている。`, `Many experts expect ${f.issue2[1]} to be the focus of the next round.`],
  (f) => { const p = f.people[1] ?? f.people[0]!; return [`${p.name[0]}氏は、${f.b[0]}に歩み寄りを求めた。`, `${p.name[1]} urged ${f.b[1]} to meet them halfway.`]; },
  (f) => [`一方、${f.b[0]}は${f.issue[0]}を協議の前提条件とする姿勢を崩していない。`, `${capitalise(f.b[1])}, for its part, still insists on ${f.issue[1]} as a precondition for talks.`],
  (f) => [`次回の協議は${f.place2[0]}で開かれる見通しだ。`, `The next round is expected to take place in ${f.place2[1]}.`],
  (f) => [`${f.a[0]}政府は、合意の履行を監視する仕組みが不可欠だと強調した。`, `The government of ${f.a[1]} stressed that a mechanism to monitor implementation is essential.`],
  (_f, c) => { const n = c.int(2, 60) * 100; const y = c.int(2, 9); return [`国連によると、この${y}年間で${enNumber(n)}人以上の民間人が犠牲になった。`, `According to the United Nations, more than ${enNumber(n)} civilians have been killed over the past ${y} years.`]; },
  (f, c) => { const k = c.int(3, 48); return [`経済制裁の影響で、${f.a[0]}の輸出は前の年より${k}%減った。`, `Because of sanctions, exports from ${f.a[1]} fell by ${k}% compared with the year before.`]; },
  (f) => [`${f.place[0]}での協議には、${f.c[0]}の外交官も同席した。`, `Diplomats from ${f.c[1]} also attended the talks in ${f.place[1]}.`],
  (_f, c) => { const n = c.int(1, 40) * 25; return [`双方は捕虜${n}人ずつの交換で合意したと発表した。`, `The two sides announced that they had agreed to exchange ${enNumber(n)} prisoners each.`]; },
  (f) => { const p = f.people[0]!; return [`${p.name[0]}氏は、${f.issue[0]}が実現しなければ戦闘が再燃しかねないと警告した。`, `${p.name[1]} warned that fighting could flare up again unless ${f.issue[1]} is achieved.`]; },
  (f, c) => { const n = c.int(5, 95) * 10; return [`${f.c[0]}は、${n}億円規模の復興基金を設ける構想を明らかにした。`, `${capitalise(f.c[1])} unveiled plans for a reconstruction fund of ${n}00 million yen.`]; },
  (f) => [`現地では、${f.issue2[0]}の遅れに対する住民の不満が高まっている。`, `On the ground, residents are increasingly frustrated by delays in ${f.issue2[1]}.`],
  (f) => [`${f.b[0]}の${f.people[0]!.role[0]}は、交渉の進め方に異論を唱えた。`, `The ${f.people[0]!.role[1]} of ${f.b[1]} objected to the way the negotiations were being run.`],
  (_f, c) => { const k = c.int(2, 12); return [`停戦が発効してから${k}週間がたつが、散発的な衝突はなお続いている。`, `${k} weeks after the ceasefire took effect, sporadic clashes continue.`]; },
  (f) => [`外交筋は、${f.c[0]}の仲介がなければ今回の協議は実現しなかったと語る。`, `Diplomatic sources say the talks would not have happened without mediation by ${f.c[1]}.`],
  () => [`合意文書の細部については、なお詰めの作業が残っている。`, `Details of the written agreement still have to be worked out.`],
];

function paragraph(f: Facts, ctx: Ctx, count: number): Pair {
  const ja: string[] = [];
  const en: string[] = [];
  // Distinct templates within a paragraph, as a writer would not repeat a sentence.
  const start = Math.floor(ctx.r() * sentences.length);
  const step = 1 + Math.floor(ctx.r() * (sentences.length - 1));
  for (let i = 0; i < count; i++) {
    const [j, e] = sentences[(start + i * step) % sentences.length]!(f, ctx);
    ja.push(j);
    en.push(e);
  }
  return [ja.join(''), en.join(' ')];
}

/** Both versions of one story as Markdown. */
function story(ctx: Ctx, index: number, total: number): { slug: string; ja: string; en: string } {
  const year = 2016 + Math.floor((index / total) * 10);
  const pickDistinct = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(ctx.r() * copy.length), 1)[0]!);
    return out;
  };
  const [a, b, c] = pickDistinct(parties, 3) as [Pair, Pair, Pair];
  const [place, place2] = pickDistinct(places, 2) as [Pair, Pair];
  const [issue, issue2] = pickDistinct(issues, 2) as [Pair, Pair];
  // prettier-ignore
  const f: Facts = {
    a, b, c, place, place2, issue, issue2,
    people: Array.from({ length: ctx.int(2, 3) }, () => ({ name: makeName(ctx), role: ctx.pick(roles) })),
    month: ctx.int(1, 12),
    day: ctx.int(1, 28),
    year,
    source: ctx.pick(sources),
  };
  const slug = `bench-${String(index + 1).padStart(5, '0')}`;
  const date = `${year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  const topics = pickDistinct(benchTopics, ctx.int(1, 3)).map((t) => t.id);
  const kind = ctx.pick(['news', 'analysis', 'brief', 'research'] as const);
  const author = ctx.chance(0.8) ? ctx.pick(authors).id : undefined;
  const keyPoints = Array.from({ length: 3 }, () => paragraph(f, ctx, 1));
  const refs = Array.from({ length: ctx.int(2, 5) }, (_, k) => {
    const s = ctx.pick(sources);
    const url = ctx.chance(0.6) ? `https://news.example.com/${slug}/${k + 1}` : undefined;
    return {
      ja: { title: `${f.place[0]}協議、${f.issue[0]}で溝埋まらず`, publisher: s[0], url },
      en: { title: `Talks in ${f.place[1]} fail to close gap on ${f.issue[1]}`, publisher: s[1], url },
    };
  });

  const leads = paragraph(f, ctx, 2);
  const yamlString = (s: string) => JSON.stringify(s);
  const front = (lang: 0 | 1) => {
    const title =
      lang === 0
        ? `${f.place[0]}で${f.a[0]}と${f.b[0]}が協議、${f.issue[0]}で合意ならず`
        : `${capitalise(f.a[1])} and ${f.b[1]} meet in ${f.place[1]}, no deal on ${f.issue[1]}`;
    const lead = leads[lang];
    const lines = [
      '---',
      `title: ${yamlString(title)}`,
      `lead: ${yamlString(lead)}`,
      `date: ${date}`,
      `topics: [${topics.join(', ')}]`,
      `kind: ${kind}`,
      ...(author ? [`author: ${author}`] : []),
      'keyPoints:',
      ...keyPoints.map((k) => `  - ${yamlString(k[lang])}`),
      'references:',
      ...refs.flatMap((r) => {
        const ref = lang === 0 ? r.ja : r.en;
        return [`  - title: ${yamlString(ref.title)}`, `    publisher: ${yamlString(ref.publisher)}`, ...(ref.url ? [`    url: ${ref.url}`] : [])];
      }),
      '---',
      '',
    ];
    return lines.join('\n');
  };

  const ja: string[] = [];
  const en: string[] = [];
  const both = (p: Pair) => {
    ja.push(p[0]);
    en.push(p[1]);
  };
  both(paragraph(f, ctx, 4));
  const sections = pickDistinct(sectionTitles, ctx.int(2, 4));
  const quoteAt = ctx.int(0, sections.length - 1);
  const tableAt = ctx.chance(0.4) ? ctx.int(0, sections.length - 1) : -1;
  const footnote = ctx.chance(0.5);
  sections.forEach((title, s) => {
    both([`## ${title[0]}`, `## ${title[1]}`]);
    for (let p = 0; p < ctx.int(2, 3); p++) both(paragraph(f, ctx, ctx.int(3, 5)));
    if (s === quoteAt) {
      const person = f.people[ctx.int(0, f.people.length - 1)]!;
      const words = ctx.pick(quotesText);
      both([
        `:::quote{speaker="${person.name[0]}" role="${person.role[0]}" source="${f.source[0]}"}\n${words[0]}\n:::`,
        `:::quote{speaker="${person.name[1]}" role="${capitalise(person.role[1])}" source="${f.source[1]}"}\n${words[1]}\n:::`,
      ]);
    }
    if (s === tableAt) {
      const rows = Array.from({ length: ctx.int(3, 5) }, (_, k) => {
        const m = ((f.month + k - 1) % 12) + 1;
        const d = ctx.int(1, 28);
        const p = ctx.pick(places);
        return [`| ${m}月${d}日 | ${p[0]}で第${k + 1}回協議 |`, `| ${d} ${monthNames[m - 1]} | Round ${k + 1} of talks in ${p[1]} |`] as const;
      });
      both([
        ['| 日付 | 出来事 |', '| --- | --- |', ...rows.map((r) => r[0])].join('\n'),
        ['| Date | Event |', '| --- | --- |', ...rows.map((r) => r[1])].join('\n'),
      ]);
    }
    if (s === 0 && footnote) {
      both([`${f.c[0]}の関与については、複数の報道が伝えている[^1]。`, `Several reports describe the role of ${f.c[1]}[^1].`]);
    }
  });
  const analysisTitles = (): Pair[] => [
    [`${f.issue[0]}をどう見るか`, `How to read ${f.issue[1]}`],
    [`${f.c[0]}の仲介力とその限界`, `What ${f.c[1]} can and cannot do as a mediator`],
    ['合意の履行が試される', 'Implementation will be the test'],
    [`${f.issue2[0]}が次の焦点に`, `${capitalise(f.issue2[1])} is the next focus`],
  ];
  for (const title of pickDistinct(analysisTitles(), ctx.int(1, 3))) {
    const body1 = paragraph(f, ctx, 3);
    const body2 = paragraph(f, ctx, 3);
    both([`:::analysis[${title[0]}]\n${body1[0]}\n\n${body2[0]}\n:::`, `:::analysis[${title[1]}]\n${body1[1]}\n\n${body2[1]}\n:::`]);
  }
  if (footnote) {
    both([
      `[^1]: ${f.source[0]}の${f.month}月${f.day}日付の報道による。`,
      `[^1]: As reported by ${f.source[1]} on ${f.day} ${monthNames[f.month - 1]}.`,
    ]);
  }
  return { slug, ja: `${front(0)}\n${ja.join('\n\n')}\n`, en: `${front(1)}\n${en.join('\n\n')}\n` };
}

/**
 * A glossary entry per place and party the stories name, so that the benchmark measures the glossary's
 * matching (checks, first-mention links, entry pages) on realistic amounts of text.
 */
function glossaryEntries(): { id: string; text: string }[] {
  const entries = new Map<string, string>();
  // Baku is also one of the made-up given names (Baku Nisohori), which Japanese writes バク, not バクー.
  for (const [ja, en] of [...places, ...parties].filter(([, en]) => en !== 'Baku')) {
    const name = en.replace(/^the /, '');
    const id = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    entries.set(
      id,
      `kind: place\nja:\n  name: ${ja}\n  description: ベンチマーク用の項目です。\nen:\n  name: ${name}\n  description: An entry for the benchmark.\n`,
    );
  }
  return [...entries].map(([id, text]) => ({ id, text }));
}

/** Writes `{dir}/articles`, `{dir}/topics`, `{dir}/authors` and `{dir}/glossary` for `pairs` stories. */
export function generateContent(dir: string, { pairs, seed }: GenerateOptions): GeneratedTree {
  const r = prng(seed);
  const ctx: Ctx = {
    r,
    pick: (list) => list[Math.floor(r() * list.length)]!,
    int: (min, max) => min + Math.floor(r() * (max - min + 1)),
    chance: (p) => r() < p,
  };
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };
  for (const sub of ['articles', 'topics', 'authors', 'glossary']) mkdirSync(join(dir, sub), { recursive: true });
  for (const entry of glossaryEntries()) write(join(dir, 'glossary', `${entry.id}.yaml`), entry.text);
  benchTopics.forEach((t, i) =>
    write(
      join(dir, 'topics', `${t.id}.yaml`),
      `name:\n  ja: ${t.ja}\n  en: ${t.en}\ndescription:\n  ja: ${t.dja}\n  en: ${t.den}\norder: ${i + 1}\n`,
    ),
  );
  for (const a of authors) {
    write(
      join(dir, 'authors', `${a.id}.yaml`),
      `name:\n  ja: ${a.ja}\n  en: ${a.en}\nrole:\n  ja: 解説担当\n  en: Analysis\nbio:\n  ja: ベンチマーク用の架空の執筆者です。\n  en: A fictional writer for the benchmark.\n`,
    );
  }
  for (let i = 0; i < pairs; i++) {
    const s = story(ctx, i, pairs);
    const folder = join(dir, 'articles', s.slug);
    mkdirSync(folder, { recursive: true });
    write(join(folder, 'ja.md'), s.ja);
    write(join(folder, 'en.md'), s.en);
  }
  return { stories: pairs, files, bytes };
}
