import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCsp, headerPolicy } from '../../src/lib/csp';
import { root } from '../helpers/build';

describe('Content Security Policy', () => {
  it('never allows inline scripts or eval, only WebAssembly compilation for Pagefind', () => {
    const scriptSrc = headerPolicy()
      .split('; ')
      .find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(astroCsp.scriptDirective.resources).not.toContain("'unsafe-inline'");
    expect(astroCsp.scriptDirective.resources).not.toContain("'unsafe-eval'");
  });

  it('public/_headers sends the same policy as src/lib/csp.ts', () => {
    const headers = readFileSync(join(root, 'public/_headers'), 'utf8');
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line?.trim()).toBe(`Content-Security-Policy: ${headerPolicy()}`);
  });
});
