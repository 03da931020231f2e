import { contentDir } from '../shared/build-dirs';
import { siteTimelines, type Timeline } from '../shared/timelines';

/**
 * The chronologies of `content/timelines/{topic}.yaml`, by topic id. They are plain data read by
 * src/shared/timelines.ts (the Markdown workers embed slices with `::timeline`), not an Astro collection: the
 * content checks hold them to their rules (src/checks/rules/structures.ts) before the build. `astro dev` reads
 * them once: restart it after editing a timeline.
 */
export function getTimelines(): ReadonlyMap<string, Timeline> {
  return siteTimelines(contentDir);
}

/** A topic's chronology, if it has one. */
export function getTimeline(topic: string): Timeline | undefined {
  return getTimelines().get(topic);
}
