import { describe, expect, it } from 'vitest';
import { checkLinks, cssUrls, fileFor, parsePage, resolveInternal, srcsetUrls, urlPathOf, xmlUrls, type ParsedPage } from '../helpers/links';

const origin = 'https://site.example';

/** A tiny site: file → HTML. Every other file listed in `assets` exists too. */
function site(pages: Record<string, string>, assets: string[] = [], extra: { css?: Record<string, string>; xml?: Record<string, string> } = {}) {
  const parsed = new Map<string, ParsedPage>(Object.entries(pages).map(([f, html]) => [f, parsePage(html)]));
  return {
    files: new Set([...Object.keys(pages), ...assets, ...Object.keys(extra.css ?? {}), ...Object.keys(extra.xml ?? {})]),
    pages: parsed,
    stylesheets: new Map(Object.entries(extra.css ?? {})),
    xml: new Map(Object.entries(extra.xml ?? {})),
  };
}

const html = (lang: string, body: string, head = '') => `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

describe('parsing references', () => {
  it('finds href, src, srcset, form actions and Open Graph image URLs, but not inside <template>', () => {
    const page = parsePage(
      html(
        'en',
        '<a href="/a/">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><form action="/en/search/"></form>' +
          '<template><a href="/only-in-template/">t</a></template>',
        '<meta property="og:image" content="https://site.example/og.png"><link rel="preconnect" href="https://cdn.example">',
      ),
    );
    expect(page.refs.map((r) => `${r.where} ${r.url}`)).toEqual([
      'meta[og:image] https://site.example/og.png',
      'a[href] /a/',
      'img[src] /i.png',
      'img[srcset] /i-1.png',
      'img[srcset] /i-2.png',
      'form[action] /en/search/',
    ]);
    expect(page.lang).toBe('en');
  });

  it('reads srcset candidates whose URLs contain commas', () => {
    expect(srcsetUrls('/a,b.png 1x,/c.png 2x')).toEqual(['/a,b.png', '/c.png']);
    expect(srcsetUrls('/one.png')).toEqual(['/one.png']);
  });

  it('reads CSS url() and @import, sitemap <loc> and feed links', () => {
    expect(cssUrls(`@import "/base.css"; a { background: url(/x.svg) } b { mask: url('/m.svg#i') }`)).toEqual(['/x.svg', '/m.svg#i', '/base.css']);
    expect(xmlUrls('<url><loc>https://s/ja/</loc><xhtml:link rel="alternate" hreflang="en" href="https://s/en/"/></url>')).toEqual([
      'https://s/ja/',
      'https://s/en/',
    ]);
  });
});

describe('resolving URLs', () => {
  it('maps built files to the URL paths they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('en/articles/x/index.html')).toBe('/en/articles/x/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('resolves relative, root-relative and same-origin absolute URLs; ignores other origins and schemes', () => {
    expect(resolveInternal('../b/#top', '/en/a/', origin)).toEqual({ path: '/en/b/', fragment: 'top' });
    expect(resolveInternal('https://site.example/ja/', '/en/', origin)).toEqual({ path: '/ja/', fragment: '' });
    expect(resolveInternal('/ja/%E6%A4%9C%E7%B4%A2/', '/', origin)).toEqual({ path: '/ja/検索/', fragment: '' });
    expect(resolveInternal('https://other.example/', '/en/', origin)).toBeUndefined();
    expect(resolveInternal('mailto:?subject=x', '/en/', origin)).toBeUndefined();
    expect(resolveInternal('data:image/png;base64,AAAA', '/en/', origin)).toBeUndefined();
  });

  it('needs index.html for directory URLs and never guesses a missing trailing slash', () => {
    const files = new Set(['index.html', 'en/index.html', 'style.css']);
    expect(fileFor('/', files)).toBe('index.html');
    expect(fileFor('/en/', files)).toBe('en/index.html');
    expect(fileFor('/en', files)).toBeUndefined();
    expect(fileFor('/style.css', files)).toBe('style.css');
  });
});

describe('checking a site', () => {
  it('accepts a site whose links, assets, fragments and translations all resolve', () => {
    const ok = site(
      {
        'ja/index.html': html(
          'ja',
          '<a href="/en/" hreflang="en">English</a><a href="#main">skip</a><main id="main"><img src="/i.png" alt=""></main><a href="/ja/" hreflang="ja">ホーム</a>',
          '<link rel="alternate" hreflang="ja" href="https://site.example/ja/"><link rel="alternate" hreflang="en" href="https://site.example/en/"><link rel="alternate" hreflang="x-default" href="https://site.example/ja/"><link rel="stylesheet" href="/s.css">',
        ),
        'en/index.html': html('en', '<a href="/ja/#main" hreflang="ja">日本語</a><a href="https://elsewhere.example/x">out</a>'),
        '404.html': html('ja', '<a href="/ja/">home</a>'),
      },
      ['i.png', 'f.svg'],
      { css: { 's.css': 'a{background:url(/f.svg)}' }, xml: { 'sitemap-0.xml': '<loc>https://site.example/en/</loc>' } },
    );
    expect(checkLinks(ok, origin)).toEqual([]);
  });

  it('reports missing pages, assets, fragments, stylesheet and sitemap targets', () => {
    const broken = site(
      {
        'en/index.html': html('en', '<a href="/en/gone/">gone</a><a href="/en">no slash</a><img src="/missing.png" alt=""><a href="#nowhere">x</a>'),
      },
      [],
      { css: { 's.css': 'a{background:url(/bg.png)}' }, xml: { 'sitemap-0.xml': '<loc>https://site.example/ja/</loc>' } },
    );
    expect(checkLinks(broken, origin).map((p) => `${p.file} ${p.url}: ${p.problem}`)).toEqual([
      'en/index.html /en/gone/: no file at /en/gone/',
      'en/index.html /en: no file at /en',
      'en/index.html /missing.png: no file at /missing.png',
      'en/index.html #nowhere: no id="nowhere" on /en/',
      's.css /bg.png: no file at /bg.png',
      'sitemap-0.xml https://site.example/ja/: no file at /ja/',
    ]);
  });

  it('reports a page that names itself as its translation, and hreflang targets in another language', () => {
    const wrong = site({
      'en/a/index.html': html(
        'en',
        '<a href="/en/a/" hreflang="ja">日本語</a>',
        '<link rel="alternate" hreflang="ja" href="https://site.example/en/a/"><link rel="alternate" hreflang="en" href="https://site.example/ja/a/">',
      ),
      'ja/a/index.html': html('ja', ''),
    });
    expect(checkLinks(wrong, origin).map((p) => `${p.where} ${p.url}: ${p.problem}`)).toEqual([
      'link[href] https://site.example/en/a/: links to itself as its ja version',
      'link[href] https://site.example/en/a/: hreflang="ja" but the target is <html lang="en">',
      'link[href] https://site.example/ja/a/: hreflang="en" but the target is <html lang="ja">',
      'a[href] /en/a/: links to itself as its ja version',
      'a[href] /en/a/: hreflang="ja" but the target is <html lang="en">',
    ]);
  });

  it('reports relative URLs on the 404 page, which the host serves at every missing path', () => {
    const notFound = site({ '404.html': html('ja', '<a href="ja/">home</a>'), 'ja/index.html': html('ja', '') });
    expect(checkLinks(notFound, origin).map((p) => p.problem)).toEqual(['a relative URL on the 404 page breaks at every other path']);
  });
});
