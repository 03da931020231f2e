/**
 * The share services, in the order Japanese news sites list them (print, mail and copy link first, then
 * note, X, Facebook, はてなブックマーク, LinkedIn, Bluesky). Print and copy link are buttons, not URLs: they
 * need a browser, so the share bar adds them as progressive enhancements (see src/client/share.ts).
 */
export const shareServices = ['mail', 'note', 'x', 'facebook', 'hatena', 'linkedin', 'bluesky'] as const;

export type ShareService = (typeof shareServices)[number];

/** What a reader shares: the page's canonical absolute URL and its headline. */
export interface SharedPage {
  url: string;
  title: string;
}

/**
 * A query string with every value percent-encoded as UTF-8. Not `URLSearchParams`: it writes spaces as `+`,
 * which `mailto:` (RFC 6068) and some share dialogs show literally instead of as spaces.
 * @example query({ text: '停戦 合意' }) // 'text=%E5%81%9C%E6%88%A6%20%E5%90%88%E6%84%8F'
 */
export function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * The share-dialog URL of each service. Plain links: they work without JavaScript and load nothing from the
 * service until the reader chooses it (no third-party scripts, no tracking pixels).
 * @example shareUrls.x({ url: 'https://digest.example.org/ja/articles/a/', title: '停戦' })
 * // 'https://x.com/intent/post?text=%E5%81%9C%E6%88%A6&url=https%3A%2F%2Fdigest.example.org%2Fja%2Farticles%2Fa%2F'
 */
export const shareUrls: Record<ShareService, (page: SharedPage) => string> = {
  // RFC 6068 asks for CRLF line breaks in a mail body.
  mail: ({ url, title }) => `mailto:?${query({ subject: title, body: `${title}\r\n${url}` })}`,
  note: ({ url }) => `https://note.com/intent/post?${query({ url })}`,
  x: ({ url, title }) => `https://x.com/intent/post?${query({ text: title, url })}`,
  facebook: ({ url }) => `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
  hatena: ({ url, title }) => `https://b.hatena.ne.jp/entry/panel/?${query({ url, btitle: title })}`,
  linkedin: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
  // Bluesky's compose intent takes a single text (https://docs.bsky.app/docs/advanced-guides/intent-links);
  // headlines stay well under its 300-character limit.
  bluesky: ({ url, title }) => `https://bsky.app/intent/compose?${query({ text: `${title} ${url}` })}`,
};

/**
 * Every share link for a page, in display order.
 * @example shareLinks({ url, title }).map((l) => l.service) // ['mail', 'note', 'x', 'facebook', 'hatena', 'linkedin', 'bluesky']
 */
export function shareLinks(page: SharedPage): { service: ShareService; href: string }[] {
  return shareServices.map((service) => ({ service, href: shareUrls[service](page) }));
}
