import type { APIRoute } from 'astro';

/**
 * Everything may be crawled; pages that must not be indexed say so themselves (`noindex`), which crawlers can
 * only read if they are allowed to fetch them. The sitemap URL follows `site`, so forks point at their own.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
