import type { AstroUserConfig } from 'astro';

/**
 * The Content Security Policy of the site, in one place. Two copies of it reach browsers:
 *
 * 1. Astro's `security.csp` writes a `<meta http-equiv="content-security-policy">` into every page, with the
 *    hashes of the scripts and styles Astro itself emitted for that page. It works on any static host.
 * 2. `public/_headers` (Netlify, Cloudflare Pages) sends `headerPolicy()` as an HTTP header, which can say what a
 *    `<meta>` cannot (`frame-ancestors`) and also covers non-HTML responses such as Pagefind's web worker.
 *
 * A browser enforces both policies, so a resource must pass each of them: the header allows inline `<style>`
 * elements in general, the `<meta>` only those whose hashes it lists.
 *
 * No script is ever allowed inline (`'unsafe-inline'`): every script is an external module from this origin.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine; it allows no JavaScript `eval`.
 */

/** `script-src`, before Astro adds its hashes. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Every other directive. Pagefind fetches its index with `fetch` and runs in a web worker, both from this
 * origin, so `default-src 'self'` covers `connect-src` and `worker-src`. Forms (the search box) post only here.
 */
export const otherDirectives = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Only an HTTP header can forbid framing (clickjacking); browsers ignore `frame-ancestors` in a `<meta>`. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The `security.csp` option of the Astro config. */
export const astroCsp = {
  algorithm: 'SHA-256',
  directives: [...otherDirectives],
  scriptDirective: { resources: [...scriptSources] },
} satisfies NonNullable<AstroUserConfig['security']>['csp'];

/**
 * The policy for the HTTP header. Style hashes change with every build and only the page's `<meta>` knows them,
 * so here styles may be inline; the `<meta>` narrows that to the hashed ones.
 * @example headerPolicy() // "default-src 'self'; object-src 'none'; …; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function headerPolicy(): string {
  return [...otherDirectives, `script-src ${scriptSources.join(' ')}`, "style-src 'self' 'unsafe-inline'", ...headerOnlyDirectives].join('; ');
}
