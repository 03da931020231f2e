import { z } from 'astro/zod';

/**
 * Per-file settings for the content checks (`npm run check`). Read only by the checker; the site ignores it.
 * @example
 * checks:
 *   ignore: [pair-numbers]   # the English version rounds 1,013 to "about 1,000" on purpose
 */
export const checksSchema = z.object(
  {
    /**
     * Rule ids to silence for this file, on purpose. Only rules marked "can be silenced" in CONTRIBUTING.md
     * (warnings and a few heuristic errors) can be; the checker warns about any other id listed here.
     */
    ignore: z
      .array(z.string({ error: '"checks.ignore" must list rule ids, for example [pair-numbers]' }), {
        error: '"checks.ignore" must be a list of rule ids, for example [pair-numbers]',
      })
      .default([]),
  },
  { error: '"checks" must be a group of settings, for example "checks: { ignore: [pair-numbers] }"' },
);

export type ChecksSettings = z.infer<typeof checksSchema>;
