// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
/** Lowercase ASCII letters, digits and single hyphens: the rule for story slugs, topic ids and author ids. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
