import { describe, expect, it } from 'vitest';
import { query, shareLinks, shareServices, shareUrls } from '../../src/lib/share';

const page = {
  url: 'https://digest.example.org/ja/articles/istanbul-talks/',
  title: 'ロシアとウクライナ、3年ぶり直接協議　捕虜交換で合意 & 次回は?',
};
/** The value of one query parameter, decoded the way the receiving service decodes it. */
const param = (href: string, name: string) => new URL(href).searchParams.get(name);

describe('query', () => {
  it('percent-encodes UTF-8 and writes spaces as %20, never +', () => {
    expect(query({ text: '停戦 合意' })).toBe('text=%E5%81%9C%E6%88%A6%20%E5%90%88%E6%84%8F');
  });

  it('encodes the characters that would break a query string', () => {
    expect(query({ a: 'x&y=z?#+' })).toBe('a=x%26y%3Dz%3F%23%2B');
  });
});

describe('shareUrls', () => {
  it.each(shareServices.filter((s) => s !== 'mail'))('%s gets an https URL that carries the page URL intact', (service) => {
    const href = shareUrls[service](page);
    expect(href).toMatch(/^https:\/\//);
    expect(href).not.toMatch(/[^\x21-\x7e]/); // only printable ASCII: everything else is percent-encoded
    expect(href).toContain(encodeURIComponent(page.url));
  });

  it('X gets the Japanese title and the URL as separate parameters', () => {
    const href = shareUrls.x(page);
    expect(href.startsWith('https://x.com/intent/post?')).toBe(true);
    expect(param(href, 'text')).toBe(page.title);
    expect(param(href, 'url')).toBe(page.url);
    expect(href).toContain('text=%E3%83%AD%E3%82%B7%E3%82%A2'); // ロシア
    expect(href).toContain('%20%26%20'); // " & " stays part of the title
  });

  it('Facebook, LinkedIn and note get only the URL', () => {
    expect(param(shareUrls.facebook(page), 'u')).toBe(page.url);
    expect(param(shareUrls.linkedin(page), 'url')).toBe(page.url);
    expect(param(shareUrls.note(page), 'url')).toBe(page.url);
  });

  it('Hatena Bookmark gets the URL and the title', () => {
    const href = shareUrls.hatena(page);
    expect(href.startsWith('https://b.hatena.ne.jp/entry/panel/?')).toBe(true);
    expect(param(href, 'url')).toBe(page.url);
    expect(param(href, 'btitle')).toBe(page.title);
  });

  it('Bluesky gets one text with the title and the URL', () => {
    const href = shareUrls.bluesky(page);
    expect(href.startsWith('https://bsky.app/intent/compose?')).toBe(true);
    expect(param(href, 'text')).toBe(`${page.title} ${page.url}`);
  });

  it('mail gets a subject and a CRLF body that a mail client decodes without "+" signs', () => {
    const href = shareUrls.mail(page);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const [subject, body] = href
      .slice('mailto:?'.length)
      .split('&')
      .map((p) => decodeURIComponent(p.split('=')[1]!));
    expect(subject).toBe(page.title);
    expect(body).toBe(`${page.title}\r\n${page.url}`);
  });
});

describe('shareLinks', () => {
  it('lists every service once, in display order', () => {
    expect(shareLinks(page).map((l) => l.service)).toEqual([...shareServices]);
    expect(shareServices).toEqual(['mail', 'note', 'x', 'facebook', 'hatena', 'linkedin', 'bluesky']);
  });
});
