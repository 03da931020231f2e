import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vnuErrors } from '../helpers/vnu';

describe('the W3C Nu validator helper', () => {
  const path = process.env['PATH'];
  afterEach(() => {
    process.env['PATH'] = path;
  });

  it('fails, saying what to install, when there is no Java to run it on', () => {
    const empty = mkdtempSync(join(tmpdir(), 'digest-no-java-'));
    try {
      // A PATH where no `java` can be found, as on a CI image without a JRE.
      process.env['PATH'] = empty;
      expect(() => vnuErrors(['index.html'])).toThrow(/needs Java, and there is no `java` on the PATH.*\.ci\/install-test-tools/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
