// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
/**
 * Where the editors' content lives. The real site reads `content/`; build-level tests and the benchmark point
 * `DIGEST_CONTENT_DIR` at a fixture or generated tree so that they exercise the real site code on other content.
 */
export const contentDir: string = process.env['DIGEST_CONTENT_DIR'] || 'content';

/** Lowercase ASCII letters, digits and single hyphens: the rule for story slugs, topic ids and author ids. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
