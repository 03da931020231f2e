import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { astroCsp, headerPolicy, svgPolicy } from '../../src/lib/csp';
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

  it('public/_headers sends every page nosniff, a referrer policy and frame-ancestors, and SVGs svgPolicy()', () => {
    const headers = readFileSync(join(root, 'public/_headers'), 'utf8');
    const blocks = new Map<string, string[]>();
    let path = '';
    for (const line of headers.split('\n')) {
      if (/^\//.test(line)) blocks.set((path = line.trim()), []);
      else if (/^\s+\S/.test(line) && path) blocks.get(path)!.push(line.trim());
    }
    expect(blocks.get('/*')).toEqual([
      `Content-Security-Policy: ${headerPolicy()}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]);
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
    // Every SVG the site serves from public/ has its own block.
    const svgs = readdirSync(join(root, 'public'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect(blocks.get(`/${svg}`)).toEqual([`Content-Security-Policy: ${svgPolicy()}`]);
  });
});
