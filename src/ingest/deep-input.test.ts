import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html.js';
import { parseJsonDocuments } from './parse-json.js';
import { parseSafely } from './read-inputs.js';

const page = (body: string, head = '') => `<html><head>${head}</head><body>${body}</body></html>`;

describe('inputs nested too deep to walk', () => {
  it('rejects a page of 5,000 nested elements as too_deep instead of overflowing the stack', () => {
    const result = parseHtml(
      page(`${'<div>'.repeat(5000)}Iran sent drones.${'</div>'.repeat(5000)}`),
      'deep.html',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejection.code).toBe('too_deep');
  });

  it('reads 600 paragraphs never closed, and stray open tags, as a browser would', () => {
    const result = parseHtml(
      page(`${'<p>Iran sent drones. '.repeat(600)}<div><b>Russia got them.`),
      'p.html',
    );
    expect(result.ok && result.document.text.split('\n\n')).toHaveLength(601);
  });

  it('reads a page whose JSON-LD nests 3,000 arrays, from its other metadata', () => {
    const ld = `<script type="application/ld+json">${'['.repeat(3000)}${']'.repeat(3000)}</script>`;
    const result = parseHtml(page('<p>Iran sent drones to Russia.</p>', ld), 'ld.html');
    expect(result.ok && result.document.text).toBe('Iran sent drones to Russia.');
  });

  it('reads a JSON record that carries deeply nested data beside its text', () => {
    const deep = `{"text":"Iran sent drones.","extra":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const [result] = parseJsonDocuments(deep, 'deep.json');
    expect(result?.ok).toBe(true);
  });

  it('hides an unclosed comment and what follows it, as a browser does, instead of reading it as text', () => {
    const result = parseHtml(page(`<p>Iran sent drones.</p><!-- ${'x'.repeat(5000)}<p>hidden</p>`), 'c.html');
    expect(result.ok && result.document.text).toBe('Iran sent drones.');
  });

  it('turns any failure of a parser into that input rejection', () => {
    const overflow = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const broken = () => {
      throw new Error('surprise');
    };
    expect(parseSafely(overflow, '', 'a.html', {})[0]).toMatchObject({
      ok: false,
      rejection: { code: 'too_deep' },
    });
    expect(parseSafely(broken, '', 'b.html', {})[0]).toMatchObject({
      ok: false,
      rejection: { code: 'failed' },
    });
  });
});
