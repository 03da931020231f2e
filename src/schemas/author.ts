import { z } from 'astro/zod';
import { perLocale } from './common.ts';

/** An author or analyst: `content/authors/{id}.yaml`, name, role and short bio per language. */
export const authorSchema = z.object({
  /** Full name per language, e.g. `{ ja: 真柴 遥, en: Haruka Mashiba }`. */
  name: perLocale('name'),
  /** Job title or affiliation, per language. */
  role: perLocale('role').optional(),
  /** Two or three sentences per language. */
  bio: perLocale('bio'),
  /**
   * A portrait beside the YAML file, e.g. `./mashiba-haruka.jpg`, shown in the author box at the end of each of
   * their stories and on their page. The site resolves it with Astro's `image()` (src/content.config.ts).
   */
  photo: z.string({ error: '"photo" must be the path of an image file next to the author file, e.g. ./photo.jpg' }).optional(),
});

export type AuthorData = z.infer<typeof authorSchema>;
