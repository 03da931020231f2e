import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-script';

describe('jsonForScript', () => {
  it('escapes "<" so JSON-LD cannot close its script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script> <!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> <!--' });
  });

  it('writes the search page configuration so that it cannot close its script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});
