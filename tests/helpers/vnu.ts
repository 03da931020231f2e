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

/** The errors the Nu validator finds in HTML files (it checks what html-validate does not). */
export function vnuErrors(files: string[]): VnuMessage[] {
  let out: string;
  try {
    out = execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // vnu exits 1 when it finds errors and writes its report to stderr.
    out = String((error as { stderr?: string }).stderr ?? '');
  }
  const report = JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error');
}
