import { describe, expect, test } from 'vitest';
import { tidyBody } from './checks.js';
import { rawOffsets, rawSpan } from './raw-offsets.js';

describe('raw offsets of a tidied body', () => {
  test('every character of the tidied text maps to the same character of the input', () => {
    const raw = '\uFEFFHeadline  \r\n\r\n\r\n\r\nSmith said  \n \n\n\n "we will go".\r\nEnd.   \n\n';
    const body = tidyBody(raw);
    const map = rawOffsets(body, raw);
    expect(map).not.toBeNull();
    for (let i = 0; i < body.length; i++) {
      const c = raw[map?.[i] as number];
      expect(c === body[i] || (body[i] === '\n' && c === '\r')).toBe(true);
    }
    const at = body.indexOf('"we will go"');
    const span = rawSpan(map as Int32Array, at, at + '"we will go"'.length);
    expect(raw.slice(span.start, span.end)).toBe('"we will go"');
  });

  test('a body that is not a thinned copy of the input has no map', () => {
    expect(rawOffsets('Smith said no.', 'Smith said yes.')).toBeNull();
  });
});
