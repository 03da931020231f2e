import { z } from 'astro/zod';
import { checksSchema } from './checks.ts';
import { id, text } from './common.ts';

/** What kind of piece a story is; shown as a small label. */
export const articleKinds = ['news', 'analysis', 'brief', 'research'] as const;

/**
 * The frontmatter of a story in one language: `content/articles/{slug}/{lang}.md` (or `.mdx`).
 *
 * `image` is the schema for the lead image. The site uses Astro's `image()` helper (which only exists inside
 * `astro:content`, once per entry: src/content.config.ts joins it to the other fields, built once); the content
 * checker passes a plain string schema and checks that the file exists itself.
 *
 * @example articleSchema(z.string()).parse({ title: 'Talks', lead: 'They met.', date: '2025-05-16', topics: ['peace-talks'] })
 */
export function articleSchema<Image extends z.ZodType>(image: Image) {
  return z.object({
    /** Headline, shown as the page title and in listings. Keep it under about 80 characters. */
    title: text('title'),
    /** One or two sentences that summarise the story: used under the headline, in listings, feeds and the meta description. */
    lead: text('lead'),
    /** Publication date, `YYYY-MM-DD` (or a full ISO date-time). Both languages of a story use the same date. */
    date: z.coerce.date({ error: '"date" must be a date written as YYYY-MM-DD, for example 2025-05-16' }),
    /** Date of the last substantive update, if any; shown next to the publication date. */
    updated: z.coerce.date({ error: '"updated" must be a date written as YYYY-MM-DD, for example 2025-05-18' }).optional(),
    /** Topic ids from `content/topics/` (file names without `.yaml`). The first one is the story's main topic. */
    topics: z
      .array(id('topics'), { error: '"topics" must be a list of topic ids, for example [peace-talks]' })
      .min(1, '"topics" must list at least one topic id, for example [peace-talks]'),
    /** What kind of piece this is (news, analysis, brief or research); shown as a small label. */
    kind: z.enum(articleKinds, { error: `"kind" must be one of: ${articleKinds.join(', ')}` }).default('news'),
    /** Short bullet summary shown at the top of the story (usually three items). Both languages have the same number. */
    keyPoints: z.array(text('keyPoints'), { error: '"keyPoints" must be a list, one "- point" per line' }).default([]),
    /** Sources the story relies on, shown as a numbered list at the end. Both languages list the same sources. */
    references: z
      .array(
        z.object(
          {
            /** Title of the cited article or document. */
            title: text('references.title'),
            /** Who published it (AP News, BBC, a ministry…). */
            publisher: text('references.publisher'),
            /** Link to it, if it is online: a full web address, `https://…` (or `http://…`); no other scheme. */
            url: z
              .url({
                protocol: /^https?$/,
                error: '"references.url" must be a full URL starting with https:// (javascript:, data:, file: and other schemes are not allowed)',
              })
              .optional(),
          },
          { error: 'each item of "references" must have a "title" and a "publisher"' },
        ),
        { error: '"references" must be a list of sources, each with "title" and "publisher"' },
      )
      .default([]),
    /** Author id from `content/authors/` (file name without `.yaml`). */
    author: id('author').optional(),
    /** Optional lead image beside the Markdown file (e.g. `./cover.jpg`); needs `imageAlt`. */
    image: image.optional(),
    /** Alternative text of the lead image: what it shows, for readers who cannot see it. Required with `image`. */
    imageAlt: z.string({ error: '"imageAlt" must be text that describes the image' }).optional(),
    /** A caption shown under the lead image, one sentence on what it shows. */
    imageCaption: z
      .string({ error: '"imageCaption" must be text, one sentence under the image' })
      .trim()
      .min(1, '"imageCaption" must not be empty')
      .optional(),
    /** Where the lead image comes from, shown after 出所： / Source: under it (e.g. `防衛研究所`). */
    imageCredit: z
      .string({ error: '"imageCredit" must be text, who made or owns the image' })
      .trim()
      .min(1, '"imageCredit" must not be empty')
      .optional(),
    /**
     * The table of contents, shown automatically when the body has four or more `##` sections; `toc: false`
     * leaves it out (a story whose sections are short enough to scan without one).
     */
    toc: z.boolean({ error: '"toc" must be true or false' }).default(true),
    /** Drafts are built by `npm run dev` but left out of `npm run build`. */
    draft: z.boolean({ error: '"draft" must be true or false' }).default(false),
    /** Settings for `npm run check` in this file, such as rule ids to silence on purpose (see CONTRIBUTING.md). */
    checks: checksSchema.optional(),
  });
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema<z.ZodString>>>;
