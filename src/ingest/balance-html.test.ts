import { describe, expect, it } from 'vitest';
import { balanceHtml } from './balance-html.js';

describe('closing what a page leaves open', () => {
  it('closes the elements left open inside a closing element, and at the end', () => {
    expect(balanceHtml('<div><b><span>x<i>y</div><p>z')).toBe(
      '<div><b><span>x<i>y</i></span></b></div><p>z</p>',
    );
  });

  it('drops a close tag that closes nothing and leaves balanced markup alone', () => {
    expect(balanceHtml('<p>a</b></p>')).toBe('<p>a</p>');
    const page =
      '<html><body><article><p class="x">a <a href="/y?a=1&b=2">b</a></p><br><img src="z"></article></body></html>';
    expect(balanceHtml(page)).toBe(page);
  });

  it('reads script text, comments and quoted ">" as they are', () => {
    const page = '<script>if (a < b) { x = "</div>"; }</script><!-- <div> --><a title="1 > 0">t</a>';
    expect(balanceHtml(page)).toBe(page);
  });

  it('lets paragraphs and list items close each other as the parser does', () => {
    expect(balanceHtml('<ul><li>a<li>b</ul>')).toBe('<ul><li>a<li>b</li></ul>');
    expect(balanceHtml('<div><p>a<p>b</div>')).toBe('<div><p>a<p>b</p></div>');
  });
});
