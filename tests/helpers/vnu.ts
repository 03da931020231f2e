import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The W3C Nu validator's jar (the vnu-jar package), run on the machine's Java. */
const vnu = createRequire(import.meta.url)('vnu-jar') as string;

export interface VnuMessage {
  type: string;
  message: string;
  url: string;
  lastLine?: number;
}

/**
 * The errors the Nu validator finds in HTML files (it checks what html-validate does not). A validator that
 * cannot run throws, with what to install: a missing Java must fail the test, never read as "no errors".
 */
export function vnuErrors(files: string[]): VnuMessage[] {
  let out: string;
  try {
    out = execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { code?: string; status?: number | null; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error('The W3C Nu validator needs Java, and there is no `java` on the PATH. Install a JRE (Debian: `bash .ci/install-test-tools`).', {
        cause: error,
      });
    }
    // vnu exits 1 when it finds errors and writes its report to stderr; anything else is a validator that did not run.
    if (failure.status !== 1) {
      throw new Error(`The W3C Nu validator did not run (exit ${failure.status}): ${String(failure.stderr ?? '').trim()}`, { cause: error });
    }
    out = String(failure.stderr ?? '');
  }
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] };
  } catch (error) {
    throw new Error(`The W3C Nu validator wrote no report: ${out.slice(0, 500)}`, { cause: error });
  }
  return report.messages.filter((m) => m.type === 'error');
}
