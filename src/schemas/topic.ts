import { z } from 'astro/zod';
import { perLocale } from './common.ts';

/** A topic: `content/topics/{id}.yaml` with its name and one-line description in every language. */
export const topicSchema = z.object({
  /** Display name per language, e.g. `{ ja: 和平交渉, en: Peace talks }`. */
  name: perLocale('name'),
  /** One sentence per language that explains what the topic covers. */
  description: perLocale('description'),
  /** Optional position in the topic list; lower comes first, then by name. */
  order: z.number({ error: '"order" must be a whole number, for example 1' }).int('"order" must be a whole number, for example 1').optional(),
});

export type TopicData = z.infer<typeof topicSchema>;
