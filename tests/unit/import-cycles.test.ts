import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, moduleFiles } from '../../tooling/import-graph.ts';

// The folders promise a direction (shared ← schemas ← markdown, checks' read ← rules ← run ← report, scripts on
// top): a cycle means two modules can no longer be understood, tested or moved one without the other. Type-only
// imports count too: they cost nothing at run time, but they tie the two layers together just the same.
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the module graph of src/ and scripts/', () => {
  it('has no import cycles', () => {
    const graph = new Map(moduleFiles(root, ['src', 'scripts']).map((file) => [file, importsOf(root, file)]));
    expect(graph.size).toBeGreaterThan(50);
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
