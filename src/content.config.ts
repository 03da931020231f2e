import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { locales } from './i18n/locales';
import { contentDir, idPattern } from './lib/content-dir';

/** A string that must not be empty or only spaces once trimmed. */
const text = (field: string) =>
  z.string({ error: `"${field}" is required and must be text` }).trim().min(1, `"${field}" must not be empty`);

const id = (field: string) =>
  z
    .string({ error: `"${field}" must be an id such as "peace-talks"` })
    .regex(idPattern, `"${field}" must use lowercase ASCII letters, digits and hyphens only (for example "peace-talks")`);

/** Text given once per language, as in `name: { ja: 和平交渉, en: Peace talks }`. */
const perLocale = (field: string) =>
  z.object(Object.fromEntries(locales.map((l) => [l, text(`${field}.${l}`)])) as Record<
    (typeof locales)[number],
    ReturnType<typeof text>
  >);

/**
 * A story in one language: `content/articles/{slug}/{lang}.md` (or `.mdx`). The folder name is the slug and
 * is shared by both languages; the file name is the language. Entry ids are `{slug}/{lang}`.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${contentDir}/articles`,
    // Keep the folder/language structure in the id instead of Astro's slugified path.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: ({ image }) =>
    z.object({
      /** Headline, shown as the page title and in listings. Keep it under about 80 characters. */
      title: text('title'),
      /** One or two sentences that summarise the story: used under the headline, in listings, feeds and the meta description. */
      lead: text('lead'),
      /** Publication date, `YYYY-MM-DD` (or a full ISO date-time). Both languages of a story use the same date. */
      date: z.coerce.date({ error: '"date" must be a date written as YYYY-MM-DD, for example 2025-05-16' }),
      /** Date of the last substantive update, if any; shown next to the publication date. */
      updated: z.coerce
        .date({ error: '"updated" must be a date written as YYYY-MM-DD, for example 2025-05-18' })
        .optional(),
      /** Topic ids from `content/topics/` (file names without `.yaml`). The first one is the story's main topic. */
      topics: z.array(id('topics')).min(1, '"topics" must list at least one topic id, for example [peace-talks]'),
      /** What kind of piece this is; shown as a small label. */
      kind: z.enum(['news', 'analysis', 'brief', 'research']).default('news'),
      /** Short bullet summary shown at the top of the story (usually three items). */
      keyPoints: z.array(text('keyPoints')).default([]),
      /** Sources the story relies on, shown as a numbered list at the end. */
      references: z
        .array(
          z.object({
            /** Title of the cited article or document. */
            title: text('references.title'),
            /** Who published it (AP News, BBC, a ministry…). */
            publisher: text('references.publisher'),
            /** Link to it, if it is online. */
            url: z.url({ error: '"references.url" must be a full URL starting with https://' }).optional(),
          }),
        )
        .default([]),
      /** Author id from `content/authors/` (file name without `.yaml`). */
      author: id('author').optional(),
      /** Optional lead image beside the Markdown file, with its alt text. */
      image: image().optional(),
      imageAlt: z.string().optional(),
      /** Drafts are built by `npm run dev` but left out of `npm run build`. */
      draft: z.boolean().default(false),
    }),
});

/** A topic: `content/topics/{id}.yaml` with its name and one-line description in every language. */
const topics = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: z.object({
    /** Display name per language, e.g. `{ ja: 和平交渉, en: Peace talks }`. */
    name: perLocale('name'),
    /** One sentence per language that explains what the topic covers. */
    description: perLocale('description'),
    /** Optional position in the topic list; lower comes first, then by name. */
    order: z.number().int().optional(),
  }),
});

/** An author or analyst: `content/authors/{id}.yaml`, name, role and short bio per language. */
const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  schema: z.object({
    name: perLocale('name'),
    /** Job title or affiliation, per language. */
    role: perLocale('role').optional(),
    /** Two or three sentences per language. */
    bio: perLocale('bio'),
  }),
});

export const collections = { articles, topics, authors };
