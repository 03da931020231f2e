// `npm run bench`: builds a synthetic site of N story pairs with the real site code and, side by side, its peer:
// a bare Astro site over the same Markdown, indexed by the Pagefind CLI. Then it reports time, memory, sizes and
// page weight against the budgets in tooling/budgets.ts. Everything happens in a temporary folder (never in
// content/ or dist/). See docs/performance.md.
//
//   npm run bench                          1,000 pairs (2,000 story pages)
//   npm run bench -- --pairs 10000         the scale target
//   npm run bench -- --warm                also time a rebuild that reuses the caches, then one after a one-story change
//   npm run bench -- --cores 2             pin the builds to 2 CPU cores (taskset), as in the targets
//   npm run bench -- --json results.json   where to write the JSON (default: printed at the end)
//   npm run bench -- --keep                keep the generated content and both builds
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeBaselineSite } from './baseline.ts';
import { allowedScripts, goals, STORY_HTML_CSS_COMPRESSED_BYTES, storyPageScripts } from '../../tooling/budgets.ts';
import { distStats, typicalStoryPage, type DistStats } from './dist-stats.ts';
import { generateContent } from '../../tooling/generate.ts';
import { lineAt, peakBetween, runMeasured, type MeasuredRun } from './measure.ts';
import { pageWeight, type PageWeight } from '../../tooling/page-weight.ts';
import { searchFigures, type SearchFigures } from './search.ts';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20250516' },
    json: { type: 'string' },
    workdir: { type: 'string' },
    cores: { type: 'string' },
    warm: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run bench -- [--pairs N] [--seed N] [--warm] [--cores N] [--json FILE] [--workdir DIR] [--keep]
                       [--skip-baseline] [--skip-search] [--verbose]`);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '../..');
const pairs = Number(values.pairs);
const seed = Number(values.seed);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs must be a positive whole number, got "${values.pairs}"`);
const workdir = values.workdir ? resolve(values.workdir) : mkdtempSync(join(tmpdir(), 'digest-bench-'));
mkdirSync(workdir, { recursive: true });
const jsonPath = resolve(values.json ?? join(tmpdir(), `digest-bench-${pairs}.json`));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const cores = values.cores ? Number(values.cores) : undefined;
const taskset = '/usr/bin/taskset';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const seconds = (ms: number) => Math.round(ms) / 1000;
const mib = (bytes: number | null) => (bytes === null ? null : Math.round((bytes / 1024 ** 2) * 10) / 10);

/** The command and arguments that run `args` with our Node, pinned to the first `cores` CPUs when asked. */
function pinned(args: string[]): [string, string[]] {
  if (cores && !existsSync(taskset)) log(`--cores ignored: ${taskset} not found`);
  return cores && existsSync(taskset) ? [taskset, ['-c', `0-${cores - 1}`, process.execPath, ...args]] : [process.execPath, args];
}

const runEnv = (env: Record<string, string>) => ({
  ...process.env,
  // Our own Node (24) first, for anything the build spawns by name.
  PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
  ...env,
});

/**
 * The peer's search index: the Pagefind CLI (the same installed version the site uses) over the bare site's
 * output, with its defaults (every page, one index per language, the extended build for Japanese).
 */
async function pagefindCli(site: string, cwd: string): Promise<MeasuredRun> {
  const [command, args] = pinned([join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site]);
  log('baseline: pagefind CLI …');
  const run = await runMeasured(command, args, { cwd, env: runEnv({}) });
  if (run.exitCode !== 0) throw new Error(`pagefind CLI failed (exit ${run.exitCode}):\n${run.lines.map((l) => l.text).join('\n')}`);
  log(`baseline: pagefind ${seconds(run.wallMs)} s, peak ${mib(run.peakTreeRssBytes)} MiB`);
  return run;
}

/** Runs `astro build` in `cwd`, measured, optionally pinned to the first `cores` CPUs. */
async function astroBuild(
  name: string,
  cwd: string,
  env: Record<string, string>,
  projectRoot = cwd,
  // The site builds as `npm run build` does (scripts/build.ts: Astro, then the search index once it has exited).
  entry = astroBin,
): Promise<MeasuredRun> {
  const astro = entry === astroBin ? [astroBin, 'build', '--root', projectRoot] : [entry, '--root', projectRoot];
  const [command, args] = pinned(astro);
  log(`${name}: astro build …`);
  const run = await runMeasured(command, args, {
    cwd,
    env: runEnv(env),
    onLine: values.verbose ? (l) => process.stderr.write(`  ${(l.at / 1000).toFixed(1).padStart(6)}s ${l.text}\n`) : undefined,
  });
  if (run.exitCode !== 0) {
    const tail = run.lines
      .slice(-40)
      .map((l) => l.text)
      .join('\n');
    throw new Error(`${name}: astro build failed (exit ${run.exitCode}; ${workdir} kept for inspection):\n${tail}`);
  }
  log(`${name}: ${seconds(run.wallMs)} s, peak ${mib(run.peakTreeRssBytes)} MiB`);
  return run;
}

/** Build phases, from the moments Astro's log lines appeared (milliseconds), and each phase's peak memory. */
interface Phases {
  startupMs: number | null;
  contentSyncMs: number | null;
  bundleMs: number | null;
  generateMs: number | null;
  indexMs: number | null;
  afterMs: number | null;
  peakRssBytes: Record<'startup' | 'contentSync' | 'bundle' | 'generate' | 'indexAndAfter', number | null>;
}

function phases(run: MeasuredRun): Phases {
  const { lines } = run;
  const syncStart = lineAt(lines, /\[content\] Syncing content/);
  const syncEnd = lineAt(lines, /\[content\] Synced content/);
  const bundleStart = lineAt(lines, /Building static entrypoints/);
  const genStart = lineAt(lines, /generating static routes/);
  const genEnd = genStart === undefined ? undefined : lineAt(lines, /✓ Completed in/, genStart);
  const indexLine = lines.findLast((l) => /\[digest:pagefind\]/.test(l.text) && /\d+ ?ms/.test(l.text));
  // The last index line says how long indexing took in all; failing that, the time from the last page to it.
  const reported = indexLine?.text.match(/in ([\d.]+) ?ms/)?.[1];
  const indexMs = reported ? Number(reported) : indexLine && genEnd !== undefined ? indexLine.at - genEnd : null;
  const span = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? b - a : null);
  const generateMs = span(genStart, genEnd);
  const peak = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? peakBetween(run.rss, a, b) : null);
  return {
    peakRssBytes: {
      startup: peak(0, syncStart),
      contentSync: peak(syncStart, syncEnd),
      bundle: peak(bundleStart, genStart),
      generate: peak(genStart, genEnd),
      indexAndAfter: peak(genEnd, run.wallMs),
    },
    startupMs: syncStart ?? null,
    contentSyncMs: span(syncStart, syncEnd),
    bundleMs: span(bundleStart, genStart),
    generateMs,
    indexMs,
    afterMs: genEnd === undefined ? null : run.wallMs - genEnd - (indexMs ?? 0),
  };
}

function weightSummary(weight: PageWeight) {
  const pick = (k: 'html' | 'css' | 'js' | 'font') => weight.totals[k];
  return {
    page: weight.page,
    html: pick('html'),
    css: pick('css'),
    js: pick('js'),
    font: pick('font'),
    htmlCssGzip: pick('html').gzip + pick('css').gzip,
    htmlCssBrotli: pick('html').brotli + pick('css').brotli,
    scripts: weight.scripts,
    onlyAllowedScripts: weight.inlineScripts === 0 && weight.scripts.every((s) => storyPageScripts.some((re) => re.test(s))),
  };
}

const started = performance.now();
log(`${pairs} story pairs, seed ${seed}, in ${workdir}`);
const content = join(workdir, 'content');
rmSync(content, { recursive: true, force: true });
const genStarted = performance.now();
const tree = generateContent(content, { pairs, seed });
log(`generated ${tree.files} files (${mib(tree.bytes)} MiB) in ${seconds(performance.now() - genStarted)} s`);

const site = { dist: join(workdir, 'site-dist'), cache: join(workdir, 'site-cache') };
// Inside the baseline project: Astro imports its prerender chunks from the output folder, and they resolve their
// packages through the project's node_modules symlink.
const base = { dir: join(workdir, 'baseline'), dist: join(workdir, 'baseline/dist'), cache: join(workdir, 'baseline/.cache') };
for (const dir of [site.dist, site.cache, base.dir, join(workdir, 'node_modules')]) rmSync(dir, { recursive: true, force: true });

const siteEnv = { DIGEST_CONTENT_DIR: content, DIGEST_OUT_DIR: site.dist, DIGEST_CACHE_DIR: site.cache };
// The build runs from the work folder, not the repository: Astro writes its prerender bundle into the output
// folder when that is inside the current directory, and otherwise into {cwd}/.astro/.prerender, which every other
// build started from the repository at the same time would share (and delete). The bundle resolves its packages
// through the node_modules symlink.
symlinkSync(join(root, 'node_modules'), join(workdir, 'node_modules'), 'dir');
const siteBuild = join(root, 'scripts/build.ts');
const ours = await astroBuild('site', workdir, siteEnv, root, siteBuild);
const warm = values.warm ? await astroBuild('site (warm rebuild)', workdir, siteEnv, root, siteBuild) : undefined;
// An editor's correction to one story in the middle of the archive, then the same rebuild: what a one-story change
// costs with every cache kept (the content cache re-renders that file, the index its language's part).
let changed: MeasuredRun | undefined;
if (values.warm) {
  const slugs = readdirSync(join(content, 'articles')).sort();
  const story = join(content, 'articles', slugs[Math.floor(slugs.length / 2)]!, 'en.md');
  appendFileSync(story, '\nThis paragraph was added when the story was corrected after publication.\n');
  changed = await astroBuild('site (one story changed)', workdir, siteEnv, root, siteBuild);
}

let baseline: MeasuredRun | undefined;
let peerIndex: MeasuredRun | undefined;
if (!values['skip-baseline']) {
  writeBaselineSite(base.dir, content, join(root, 'node_modules'));
  baseline = await astroBuild('baseline', base.dir, { BASELINE_OUT_DIR: base.dist, BASELINE_CACHE_DIR: base.cache });
  peerIndex = await pagefindCli(base.dist, base.dir);
}
/** The peer: the bare Astro build, then the Pagefind CLI over its output, one after the other. */
const peerMs = baseline && peerIndex ? baseline.wallMs + peerIndex.wallMs : undefined;

const siteStats: DistStats = distStats(site.dist);
const baseStats: DistStats | undefined = baseline ? distStats(base.dist) : undefined;
const ourPhases = phases(ours);
const basePhases = baseline ? phases(baseline) : undefined;
const buildOnlyMs = ours.wallMs - (ourPhases.indexMs ?? 0);

const weights = ['ja', 'en'].flatMap((lang) => {
  const page = typicalStoryPage(site.dist, lang);
  return page ? [weightSummary(pageWeight(site.dist, page))] : [];
});

let search: SearchFigures | { skipped: string } = { skipped: '--skip-search' };
if (!values['skip-search']) {
  log('search: measuring …');
  search = await searchFigures(root, site.dist);
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    pinnedCores: cores && existsSync(taskset) ? cores : null,
  },
  input: { pairs, seed, storyPages: pairs * 2, files: tree.files, markdownBytes: tree.bytes },
  site: {
    wallMs: Math.round(ours.wallMs),
    buildMs: Math.round(buildOnlyMs),
    phases: ourPhases,
    peakTreeRssBytes: ours.peakTreeRssBytes,
    peakProcessHwmBytes: ours.peakProcessHwmBytes,
    processes: ours.processes,
    htmlPages: siteStats.htmlPages,
    pagesPerSecond: Math.round((siteStats.htmlPages / (buildOnlyMs / 1000)) * 10) / 10,
    dist: siteStats,
    warmRebuild: warm ? { wallMs: Math.round(warm.wallMs), phases: phases(warm), peakTreeRssBytes: warm.peakTreeRssBytes } : null,
    oneStoryChanged: changed ? { wallMs: Math.round(changed.wallMs), phases: phases(changed), peakTreeRssBytes: changed.peakTreeRssBytes } : null,
  },
  baseline:
    baseline && baseStats && basePhases
      ? {
          wallMs: Math.round(baseline.wallMs),
          phases: basePhases,
          peakTreeRssBytes: baseline.peakTreeRssBytes,
          peakProcessHwmBytes: baseline.peakProcessHwmBytes,
          htmlPages: baseStats.htmlPages,
          pagesPerSecond: Math.round((baseStats.htmlPages / (baseline.wallMs / 1000)) * 10) / 10,
          distBytes: baseStats.totalBytes,
          pagefindCli: peerIndex
            ? {
                wallMs: Math.round(peerIndex.wallMs),
                peakTreeRssBytes: peerIndex.peakTreeRssBytes,
                output: peerIndex.lines.slice(-12).map((l) => l.text),
              }
            : null,
          peerWallMs: peerMs === undefined ? null : Math.round(peerMs),
        }
      : null,
  ratio: baseline
    ? {
        /** Our whole build (search index included) over the peer: the bare build plus the Pagefind CLI over it. */
        toPeer: peerMs === undefined ? null : Math.round((ours.wallMs / peerMs) * 100) / 100,
        /** Our whole build (search index included) over the bare build. */
        total: Math.round((ours.wallMs / baseline.wallMs) * 100) / 100,
        /** Without the search index, which the bare site does not have. */
        withoutIndex: Math.round((buildOnlyMs / baseline.wallMs) * 100) / 100,
      }
    : null,
  storyPage: weights,
  search,
  budgets: {
    storyHtmlCssCompressedBytes: STORY_HTML_CSS_COMPRESSED_BYTES,
    allowedScripts: Object.fromEntries(Object.entries(allowedScripts).map(([k, re]) => [k, re.source])),
    goals,
  },
  totalBenchMs: 0,
};

const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
const peak = ours.peakTreeRssBytes;
const firstResults = 'firstResultsMs' in search ? search.firstResultsMs : null;
const checks = [
  {
    goal: `${goals.buildSecondsAt10kPairs} s at 10,000 pairs (build + index)`,
    value: `${seconds(ours.wallMs)} s at ${pairs.toLocaleString('en-US')} pairs`,
    ok: pairs === 10_000 ? ours.wallMs / 1000 <= goals.buildSecondsAt10kPairs : null,
  },
  { goal: `peak memory ≤ ${mib(goals.peakMemoryBytes)} MiB`, value: `${mib(peak)} MiB`, ok: peak === null ? null : peak <= goals.peakMemoryBytes },
  {
    goal: `≤ ${goals.ratioToPeer}× the peer (bare Astro + Pagefind CLI; done at ≤ ${goals.ratioToPeerDone}×)`,
    value: results.ratio?.toPeer ? `${results.ratio.toPeer}× (${seconds(ours.wallMs)} s against ${seconds(peerMs ?? 0)} s)` : 'skipped',
    ok: results.ratio?.toPeer ? results.ratio.toPeer <= goals.ratioToPeer : null,
  },
  {
    goal: `≤ ${goals.ratioToBaseline}× the bare Astro build alone`,
    value: results.ratio ? `${results.ratio.total}× (${results.ratio.withoutIndex}× without the index)` : 'skipped',
    ok: results.ratio ? results.ratio.total <= goals.ratioToBaseline : null,
  },
  ...weights.map((w) => ({
    goal: `story page ≤ ${STORY_HTML_CSS_COMPRESSED_BYTES / 1024} KiB HTML+CSS gzip, share script only`,
    value: `${w.page}: ${(w.htmlCssGzip / 1024).toFixed(1)} KiB, JS ${w.scripts.length ? w.scripts.map((s) => s.split('/').pop()).join(', ') : 'none'}`,
    ok: w.htmlCssGzip <= STORY_HTML_CSS_COMPRESSED_BYTES && w.onlyAllowedScripts,
  })),
  ...('vsPagefind' in search
    ? [
        {
          goal: `(a) shared search link ≤ ${goals.searchRatioToPagefind}× Pagefind's default UI`,
          value: `${search.vsPagefind.sharedLinkRatio}×`,
          ok: search.vsPagefind.sharedLinkRatio <= goals.searchRatioToPagefind,
        },
        {
          goal: `(b) query typed on a loaded page ≤ ${goals.searchRatioToPagefind}× Pagefind's JS API`,
          value: `${search.vsPagefind.loadedRatio}×`,
          ok: search.vsPagefind.loadedRatio <= goals.searchRatioToPagefind,
        },
      ]
    : []),
  {
    goal: `first results ≤ ${goals.firstResultsMs} ms after the index loaded`,
    value: firstResults === null ? ('skipped' in search ? search.skipped : 'not measured') : `${firstResults} ms`,
    ok: firstResults === null ? null : firstResults <= goals.firstResultsMs,
  },
];

results.totalBenchMs = Math.round(performance.now() - started);
writeFileSync(jsonPath, `${JSON.stringify({ ...results, goalsMet: checks }, null, 2)}\n`);

// The table.
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mibText = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${mib(n)} MiB`);
const ms = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${seconds(n)} s`);
const rows: [string, string, string][] = [
  ['', 'site', 'bare Astro'],
  ['story pages (pairs × 2)', String(pairs * 2), String(pairs * 2)],
  ['HTML pages built', String(siteStats.htmlPages), String(baseStats?.htmlPages ?? '–')],
  ['wall time, build + index', ms(ours.wallMs), ms(peerMs)],
  ['  of which the bare Astro build', '', ms(baseline?.wallMs)],
  ['  of which the Pagefind CLI over it', '', ms(peerIndex?.wallMs)],
  ['  start-up, config, content checks', ms(ourPhases.startupMs), ms(basePhases?.startupMs)],
  ['  content sync (Markdown → HTML)', ms(ourPhases.contentSyncMs), ms(basePhases?.contentSyncMs)],
  ['  bundling (Vite)', ms(ourPhases.bundleMs), ms(basePhases?.bundleMs)],
  ['  page generation', ms(ourPhases.generateMs), ms(basePhases?.generateMs)],
  ['  search index (Pagefind)', ms(ourPhases.indexMs), '–'],
  ['  after (sitemap, exit)', ms(ourPhases.afterMs), ms(basePhases?.afterMs)],
  ['peak memory in start-up', mibText(ourPhases.peakRssBytes.startup), mibText(basePhases?.peakRssBytes.startup)],
  ['  in content sync', mibText(ourPhases.peakRssBytes.contentSync), mibText(basePhases?.peakRssBytes.contentSync)],
  ['  in page generation', mibText(ourPhases.peakRssBytes.generate), mibText(basePhases?.peakRssBytes.generate)],
  ['  in indexing and after', mibText(ourPhases.peakRssBytes.indexAndAfter), mibText(basePhases?.peakRssBytes.indexAndAfter)],
  ['pages per second (without index)', String(results.site.pagesPerSecond), String(results.baseline?.pagesPerSecond ?? '–')],
  ['peak memory, process tree', `${mib(ours.peakTreeRssBytes)} MiB`, baseline ? `${mib(baseline.peakTreeRssBytes)} MiB` : '–'],
  ['  Pagefind CLI', '', peerIndex ? `${mib(peerIndex.peakTreeRssBytes)} MiB` : '–'],
  ['peak memory, largest process', `${mib(ours.peakProcessHwmBytes)} MiB`, baseline ? `${mib(baseline.peakProcessHwmBytes)} MiB` : '–'],
  ...ours.processes.slice(0, 3).map((p): [string, string, string] => [`  ${p.command} (pid ${p.pid})`, `${mib(p.peakBytes)} MiB`, '']),
  [
    'dist/ size',
    `${mib(siteStats.totalBytes)} MiB (${siteStats.fileCount} files)`,
    baseStats ? `${mib(baseStats.totalBytes)} MiB (${baseStats.fileCount} files)` : '–',
  ],
  ['  of which search index', `${mib(siteStats.search.totalBytes)} MiB`, '–'],
  ...Object.entries(siteStats.search.languages).map(([lang, l]): [string, string, string] => [
    `  index ${lang} (${l.pages} pages)`,
    `${mib(l.bytes)} MiB (${l.files} files)`,
    '–',
  ]),
  ['  search code (JS, CSS, wasm)', `${mib(siteStats.search.sharedBytes)} MiB`, '–'],
];
if (warm) {
  rows.push(['warm rebuild (caches kept, no change)', ms(warm.wallMs), '–']);
  rows.push(['  of which search index', ms(phases(warm).indexMs), '–']);
}
if (changed) {
  rows.push(['rebuild after a one-story change', ms(changed.wallMs), '–']);
  rows.push(['  of which search index', ms(phases(changed).indexMs), '–']);
}
const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), Math.max(...rows.map((r) => r[2].length))];
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
const out: string[] = [line(rows[0]!), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line), ''];

out.push('| typical story page | raw | gzip | brotli |', '|---|---|---|---|');
for (const w of weights) {
  out.push(`| ${w.page} HTML | ${kib(w.html.raw)} | ${kib(w.html.gzip)} | ${kib(w.html.brotli)} |`);
  out.push(`| CSS | ${kib(w.css.raw)} | ${kib(w.css.gzip)} | ${kib(w.css.brotli)} |`);
  out.push(`| JS (${w.scripts.length} file(s)) | ${kib(w.js.raw)} | ${kib(w.js.gzip)} | ${kib(w.js.brotli)} |`);
  out.push(`| fonts | ${kib(w.font.raw)} | ${kib(w.font.gzip)} | ${kib(w.font.brotli)} |`);
}
out.push('');
if ('firstResultsMs' in search) {
  out.push('| first results after the index loaded (query typed, from Enter) | results | time |', '|---|---|---|');
  for (const m of search.queries) out.push(`| /${m.lang}/search/ "${m.q}" | ${m.results} shown | ${m.ms} ms |`);
  out.push(`| median | | ${search.firstResultsMs} ms |`, '');
  const { vsPagefind } = search;
  for (const [title, pairs, ratio] of [
    ['(a) shared link, fresh browser, to the first result', vsPagefind.sharedLink, vsPagefind.sharedLinkRatio],
    ['(b) index loaded, query typed, Enter to the results', vsPagefind.loaded, vsPagefind.loadedRatio],
    ['(b′) index loaded, query pasted, Enter to the results', vsPagefind.pasted, vsPagefind.pastedRatio],
  ] as const) {
    out.push(`| ${title} | ours | Pagefind | results (ours / Pagefind) |`, '|---|---|---|---|');
    for (const p of pairs) out.push(`| /${p.lang}/ "${p.q}" | ${p.ours} ms | ${p.pagefind} ms | ${p.oursResults} / ${p.pagefindResults} |`);
    out.push(`| ratio of medians | ${ratio}× | | |`, '');
  }
  out.push('scripts/measure-search.ts on this build:', search.measureSearch.trim(), '');
} else {
  out.push(`search figures: ${search.skipped}`, '');
}
out.push('| goal | measured | |', '|---|---|---|', ...checks.map((c) => `| ${c.goal} | ${c.value} | ${verdict(c.ok)} |`), '');
process.stdout.write(`${out.join('\n')}\n`);
log(`JSON written to ${jsonPath}`);

if (!values.keep && !values.workdir) rmSync(workdir, { recursive: true, force: true });
else log(`kept ${workdir}`);
