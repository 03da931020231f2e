// What the rendered HTML of a story depends on besides the story file itself, as a hash that Astro's content
// cache can compare (see storyProcessor in ./render-threads.ts). Plain Node.
import { codeDigest, projectRoot } from '../shared/code-digest.ts';

/**
 * The folders whose code renders a story: our remark/rehype plugins (src/markdown/) and the plain-Node modules
 * they read (src/shared/: directives, the sanitiser schema, the glossary matcher, the UI strings of labels).
 * The lockfile stands for the versions of remark, rehype and the other libraries of the pipeline.
 */
const renderInputs = ['src/markdown', 'src/shared', 'package-lock.json'];

/**
 * A short hash of the code and library versions that render a story (file names and contents). Astro's content
 * cache keys each story on its own file and clears itself only when the config or Astro's version changes;
 * putting this hash into the config means that a change to a plugin re-renders every story on the next build
 * instead of serving HTML made by the old code.
 * @example renderCodeDigest() // '3f9a1c0b7d2e4a65' (16 hex digits)
 */
export function renderCodeDigest(root: string = projectRoot): string {
  return codeDigest(renderInputs, root);
}
