import { describe, expect, test } from 'vitest';
import { type Highlight, highlightText } from './highlight.js';

const text = 'Iran sent <b>drones</b> to Russia.';

describe('highlightText', () => {
  test('cuts overlapping highlights into flat marks, each naming every description that covers it', () => {
    const highlights: Highlight[] = [
      { start: 0, end: 4, kind: 'entity', describedBy: 'e0' },
      { start: 0, end: text.length, kind: 'claim', describedBy: 'c0', claim: 'c1' },
    ];
    const out = highlightText(text, highlights, 'c1').value;
    expect(out).toContain(
      '<span id="claim-c1"></span><mark class="hl hl-entity hl-claim current" tabindex="0" aria-describedby="e0 c0">Iran</mark>',
    );
    expect(out).toContain(
      '<mark class="hl hl-claim current" aria-describedby="c0"> sent &lt;b&gt;drones&lt;/b&gt; to Russia.</mark>',
    );
    expect(out).not.toContain('<b>');
  });

  test('clamps spans outside the text and drops empty ones', () => {
    const out = highlightText('abc', [
      { start: 2, end: 99, kind: 'entity', describedBy: 'x' },
      { start: 1, end: 1, kind: 'cue', describedBy: 'y' },
    ]).value;
    expect(out).toBe('ab<mark class="hl hl-entity" tabindex="0" aria-describedby="x">c</mark>');
  });
});
