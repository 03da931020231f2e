// Stories whose rendering failed in this process. Astro's content loader logs a failed render and goes on
// without the story, so a build would succeed with the page missing; the content-checks integration reads this
// list and stops the build instead (src/integrations/content-checks.ts).

export interface RenderFailure {
  /** The story file. */
  file: string;
  /** What went wrong, as the error said it. */
  message: string;
}

// On globalThis: astro.config.mjs and the integrations may load this module through different loaders.
const key = Symbol.for('digest.storyRenderFailures');
const store = globalThis as unknown as Record<symbol, RenderFailure[] | undefined>;

/** Remembers a story that could not be rendered. */
export function recordRenderFailure(failure: RenderFailure): void {
  (store[key] ??= []).push(failure);
}

/** Every story that could not be rendered so far, in order. */
export function renderFailures(): readonly RenderFailure[] {
  return store[key] ?? [];
}
