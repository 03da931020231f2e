import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { storyHtmlSchema } from '../../src/shared/story-html';
import { fixtureSite } from '../helpers/build';
import { htmlFiles } from '../helpers/dist';

// Every page of the built fixture site: nothing that runs, navigates, frames or posts, except the site's own
// bundled scripts and data. Stories are the part of a page that comes from pull requests; they may hold only
// the elements of the story schema. (tests/unit/sanitize.test.ts renders hostile stories; this checks the site.)
const pages = htmlFiles(fixtureSite.dist).map((name) => ({ name, $: load(readFileSync(join(fixtureSite.dist, name), 'utf8')) }));
const allowedInStories = new Set(storyHtmlSchema.tagNames);

describe('no active content on any built page', () => {
  it('has pages to check, stories among them', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.$('.story__body').length).length).toBeGreaterThan(5);
  });

  it('scripts are only the site’s own modules and JSON data, never inline code', () => {
    for (const { name, $ } of pages) {
      $('script').each((_, el) => {
        const type = $(el).attr('type');
        const src = $(el).attr('src');
        if (type === 'application/ld+json' || type === 'application/json') {
          expect(src, name).toBeUndefined();
          return;
        }
        expect(type, `${name}: ${$.html(el).slice(0, 120)}`).toBe('module');
        expect(src, `${name}: inline module`).toMatch(/^\/(_astro|pagefind)\//);
      });
    }
  });

  it('no handler attributes, no javascript:, data: or vbscript: addresses', () => {
    for (const { name, $ } of pages) {
      $('*').each((_, el) => {
        for (const [attribute, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
          expect(attribute, `${name}: <${(el as unknown as { tagName: string }).tagName} ${attribute}>`).not.toMatch(/^on/i);
          if (['href', 'src', 'action', 'formaction', 'cite', 'data', 'poster', 'srcset'].includes(attribute)) {
            expect(value.trim(), `${name}: ${attribute}`).not.toMatch(/^(javascript|data|vbscript):/i);
          }
        }
      });
    }
  });

  it('no <iframe>, <base>, <object>, <embed>, and no <meta http-equiv> but the content security policy', () => {
    for (const { name, $ } of pages) {
      expect($('iframe, frame, base, object, embed, applet').length, name).toBe(0);
      $('meta[http-equiv]').each((_, el) => {
        expect($(el).attr('http-equiv')?.toLowerCase(), name).toBe('content-security-policy');
      });
    }
  });

  it('story bodies hold only the elements the story schema allows', () => {
    for (const { name, $ } of pages) {
      $('.story__body *').each((_, el) => {
        expect(
          allowedInStories.has((el as unknown as { tagName: string }).tagName),
          `${name}: <${(el as unknown as { tagName: string }).tagName}>`,
        ).toBe(true);
      });
      expect($('.story__body [style], .story__body style').length, name).toBe(0);
    }
  });
});
