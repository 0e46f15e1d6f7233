import { describe, expect, test } from 'vitest';
import { escapeHtml, html, jsonData, raw, safeUrl } from './html.js';

describe('html', () => {
  test('escapes every interpolation, in text and in attributes', () => {
    const evil = `<script>alert("x")</script>' onmouseover='y`;
    const out = html`<p title="${evil}">${evil}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain(`' onmouseover='`);
    expect(out).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
  });

  test('keeps SafeHtml and joins lists, and renders nothing for null, undefined and false', () => {
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>',
    );
    expect(html`${null}${undefined}${false}${raw('<br>')}`.value).toBe('<br>');
  });

  test('a JSON data block cannot be closed by the data it holds', () => {
    const out = jsonData('d', { text: '</script><script>alert(1)</script>\u2028' }).value;
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(out.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({
      text: '</script><script>alert(1)</script>\u2028',
    });
  });

  test('only http and https URLs become links', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
