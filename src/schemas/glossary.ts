import { z } from 'astro/zod';
import { glossaryKinds } from '../shared/glossary/entries.ts';
import { checksSchema } from './checks.ts';
import { text } from './common.ts';

/** One language's side of a glossary entry. */
const side = (lang: string) =>
  z.object(
    {
      /** The house spelling: the one form the site writes, e.g. `ウィトコフ` or `Witkoff`. */
      name: text(`${lang}.name`),
      /**
       * Other spellings readers and other outlets use, including ones the site never writes (`ウィットコフ`,
       * `Zelenskyy`). Stories are searched for them too: a variant in a story counts as a mention of the entry and
       * gets a spelling warning from `npm run check`. A variant may not be another entry's name or variant.
       */
      variants: z.array(text(`${lang}.variants`), { error: `"${lang}.variants" must be a list, one "- spelling" per line` }).default([]),
      /** One or two sentences that say who or what this is, shown on the entry's page. */
      description: text(`${lang}.description`).optional(),
    },
    { error: `"${lang}" must give at least the name, for example "${lang}: { name: … }"` },
  );

/**
 * A glossary entry: `content/glossary/{id}.yaml`, one person, place, organisation or term with its house spelling
 * in both languages. The id is the file name, lowercase ASCII from the usual English name (`zelensky`,
 * `prisoner-exchange`). Mentions are found in the stories' text from the names and variants; editors never mark them.
 *
 * @example glossarySchema.parse({ kind: 'person', ja: { name: 'ウィトコフ', variants: ['ウィットコフ'] }, en: { name: 'Witkoff' } })
 */
export const glossarySchema = z.object({
  /** What the entry is: `person`, `place`, `organisation` or `term`; the glossary page groups entries by it. */
  kind: z.enum(glossaryKinds, { error: `"kind" must be one of: ${glossaryKinds.join(', ')}` }),
  /** The Japanese side: house spelling, variants, description. */
  ja: side('ja'),
  /** The English side: house spelling, variants, description. */
  en: side('en'),
  /** The reading of the Japanese name in hiragana or katakana (furigana), used to sort the Japanese glossary page. */
  reading: z.string({ error: '"reading" must be text, the reading of the Japanese name in kana' }).trim().min(1).optional(),
  /** Further reading, e.g. Wikipedia in each language; shown on the entry page. */
  links: z
    .array(
      z.object(
        {
          /** What the link is, as readers see it (e.g. `Wikipedia (日本語)`). */
          title: text('links.title'),
          /** The full address. */
          url: z.url({ error: '"links.url" must be a full URL starting with https://' }),
          /** The language of the linked page, if it is in one of the site's languages. */
          lang: z.enum(['ja', 'en'], { error: '"links.lang" must be ja or en' }).optional(),
        },
        { error: 'each item of "links" must have a "title" and a "url"' },
      ),
      { error: '"links" must be a list, each with "title" and "url"' },
    )
    .default([]),
  /**
   * Terms (`kind: term`) are not expected in both versions of a story: translators rephrase them. `pair: true`
   * makes `npm run check` warn when a story names this term in one language only, as it does for names.
   */
  pair: z.boolean({ error: '"pair" must be true or false' }).default(false),
  /** Settings for `npm run check`, e.g. `checks: { ignore: [glossary-unused] }` for an entry kept on purpose. */
  checks: checksSchema.optional(),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
