import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Runs a command and measures it from the outside: wall time, peak memory of its whole process tree (Astro
 * starts workers and Pagefind runs as its own binary), and the moment each output line appeared, so build phases
 * can be timed from the log without changing the code under test.
 *
 * Memory is read from /proc (Linux): every `intervalMs` the resident set sizes (VmRSS) of the process and all its
 * descendants are summed; the peak of that sum is the tree's peak. Each process's own high-water mark (VmHWM) is
 * exact; the sum is sampled, so a spike shorter than the interval can be missed. `/usr/bin/time -v` would only
 * see one process and is missing from many CI images, hence /proc. Elsewhere (macOS) memory is reported as null.
 */

export interface TimedLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface MeasuredRun {
  exitCode: number | null;
  wallMs: number;
  /** Peak of the sampled sum of VmRSS over the process tree, in bytes; null without /proc. */
  peakTreeRssBytes: number | null;
  /** The largest VmHWM of any single process of the tree, in bytes; null without /proc. */
  peakProcessHwmBytes: number | null;
  lines: TimedLine[];
  /** Sampled tree RSS over time: [ms since start, bytes]. */
  rss: [number, number][];
  /** The processes of the tree by peak VmHWM, largest first: which program needed the memory. */
  processes: { pid: number; command: string; peakBytes: number }[];
}

const hasProc = (() => {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
})();

/** Parent pid of every process, from /proc/{pid}/stat (field 4, after the command name in parentheses). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return children;
}

/** VmRSS and VmHWM of one process, in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The program a process runs (`node`, `pagefind_extended`), from /proc/{pid}/comm. */
function commandOf(pid: number): string {
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    // Node names its main thread, and so its process, "MainThread".
    return comm === 'MainThread' ? 'node' : comm;
  } catch {
    return '?';
  }
}

/** The process and all its descendants. */
function tree(root: number): number[] {
  const children = parentMap();
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  intervalMs?: number;
  /** Called with each output line as it arrives (for progress output). */
  onLine?: ((line: TimedLine) => void) | undefined;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  let peakTree = 0;
  let peakHwm = 0;
  const hwmByPid = new Map<number, number>();
  const commandByPid = new Map<number, string>();
  const rss: [number, number][] = [];

  const sample = () => {
    if (!hasProc || child.pid === undefined) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      const mem = memoryOf(pid);
      if (!mem) continue;
      sum += mem.rss;
      hwmByPid.set(pid, Math.max(hwmByPid.get(pid) ?? 0, mem.hwm));
      if (!commandByPid.has(pid)) commandByPid.set(pid, commandOf(pid));
    }
    peakTree = Math.max(peakTree, sum);
    rss.push([Math.round(performance.now() - started), sum]);
    peakHwm = Math.max(peakHwm, ...hwmByPid.values());
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);

  const collect = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const text of parts) {
        // eslint-disable-next-line no-control-regex
        const line = { at: performance.now() - started, text: text.replace(/\u001b\[[0-9;]*m/g, '') };
        lines.push(line);
        options.onLine?.(line);
      }
    });
    stream.on('end', () => {
      if (buffer) lines.push({ at: performance.now() - started, text: buffer });
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({
        exitCode,
        wallMs: performance.now() - started,
        peakTreeRssBytes: hasProc ? peakTree : null,
        peakProcessHwmBytes: hasProc ? peakHwm : null,
        lines: lines.sort((a, b) => a.at - b.at),
        rss,
        processes: [...hwmByPid]
          .map(([pid, peakBytes]) => ({ pid, command: commandByPid.get(pid) ?? '?', peakBytes }))
          .sort((a, b) => b.peakBytes - a.peakBytes)
          .slice(0, 5),
      });
    });
  });
}

/**
 * The peak of the sampled tree RSS between two moments (ms since start), or null without samples.
 * @example peakBetween(run.rss, 0, 5000) // 734003200
 */
export function peakBetween(rss: readonly [number, number][], from: number, to: number): number | null {
  let peak: number | null = null;
  for (const [at, bytes] of rss) if (at >= from && at <= to) peak = Math.max(peak ?? 0, bytes);
  return peak;
}

/**
 * Time of the first line matching `pattern` at or after `from` ms, or undefined.
 * @example lineAt(run.lines, /Synced content/) // 5230.4
 */
export function lineAt(lines: readonly TimedLine[], pattern: RegExp, from = 0): number | undefined {
  return lines.find((l) => l.at >= from && pattern.test(l.text))?.at;
}
