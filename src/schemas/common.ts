import { z } from 'astro/zod';
import { locales, type Locale } from '../shared/locales.ts';
import { idPattern } from '../shared/ids.ts';

// These modules are imported both by `src/content.config.ts` (through Vite) and by the content checker
// (`npm run check`, plain Node): relative imports therefore carry their `.ts` extension, and nothing here may
// import `astro:content` or a module that does.

/**
 * A required piece of text: it must be a string that is not empty or only spaces once trimmed.
 * @example text('title').parse('  Talks  ') // 'Talks'
 */
export const text = (field: string) =>
  z
    .string({ error: `"${field}" is required and must be text` })
    .trim()
    .min(1, `"${field}" must not be empty`);

/**
 * An id such as a topic or author id: lowercase ASCII letters, digits and single hyphens.
 * @example id('topics').parse('peace-talks') // 'peace-talks'
 */
export const id = (field: string) =>
  z
    .string({ error: `"${field}" must be an id such as "peace-talks"` })
    .regex(idPattern, `"${field}" must use lowercase ASCII letters, digits and hyphens only (for example "peace-talks")`);

/**
 * Text given once per language, as in `name: { ja: 和平交渉, en: Peace talks }`.
 * @example perLocale('name').parse({ ja: '和平交渉', en: 'Peace talks' })
 */
export const perLocale = (field: string) =>
  z.object(Object.fromEntries(locales.map((l) => [l, text(`${field}.${l}`)])) as Record<Locale, ReturnType<typeof text>>, {
    error: `"${field}" must give the text once per language, for example "${field}: { ja: …, en: … }"`,
  });
