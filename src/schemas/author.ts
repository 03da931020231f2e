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
});

export type AuthorData = z.infer<typeof authorSchema>;
