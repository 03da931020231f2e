import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './shared/build-dirs';
import { articleSchema, authorSchema, glossarySchema, topicSchema } from './schemas/index.ts';

// The schemas live in src/schemas/ (one file per concern, every field documented) so that the content checker
// (`npm run check`, src/checks/) validates with exactly the same definitions as the build.

// Astro calls a collection's schema function once per entry, because `image()` resolves paths from that
// entry's file. Building the whole story schema each time cost over a millisecond per file (half a minute at
// 10,000 story pairs, docs/performance.md); the fields that do not depend on the file are built once here.
const storyFields = articleSchema(z.never()).omit({ image: true });

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
    // Pages show the rendered HTML, never the Markdown source; keeping it too made Astro's data store, which the
    // build compiles as one module, half as large again (254 against 162 MB at 10,000 story pairs).
    retainBody: false,
  }),
  schema: ({ image }) => storyFields.and(z.object({ image: image().optional() })),
});

/** A topic: `content/topics/{id}.yaml` with its name and one-line description in every language. */
const topics = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

/** An author or analyst: `content/authors/{id}.yaml`, name, role and short bio per language. */
const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  // The photo is checked and optimised by Astro's image(); the content checker reads it as a path.
  schema: ({ image }) => authorSchema.extend({ photo: image().optional() }),
});

/**
 * A glossary entry: `content/glossary/{id}.yaml`, a person, place, organisation or term with its house spelling
 * and variants in both languages. Stories never mark mentions: they are found from the names and variants
 * (src/shared/glossary/matcher.ts).
 */
const glossary = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/glossary` }),
  schema: glossarySchema,
});

export const collections = { articles, topics, authors, glossary };
