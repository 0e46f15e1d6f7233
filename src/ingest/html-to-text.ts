import { HTMLElement, type Node, parse, TextNode } from 'node-html-parser';
import { balanceHtml } from './balance-html.js';

// Chrome, scripts and captions carry no reporting; dropping them keeps menus and credits out of claims.
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'figcaption',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
]);

// Elements whose start and end break a paragraph; a div's direct text thus becomes its own paragraph.
const BLOCK = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'address',
  'details',
  'summary',
  'hr',
  'br',
]);

// The parser keeps a doctype or XML declaration as a text node, which would leak into the body text.
const PROLOGUE = /<!doctype[^>]*>|<\?xml[^>]*\?>/gi;

/** Elements nested deeper than this are no page a newsroom writes; walking them would overflow the stack. */
export const MAX_HTML_DEPTH = 512;

/** Markup nested past `MAX_HTML_DEPTH`, which no walk over the page may read. */
export class TooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`elements are nested over ${MAX_HTML_DEPTH} deep; the page cannot be read safely`);
    this.name = 'TooDeepError';
  }
}

/**
 * Parses HTML into a DOM with script, style and noscript content kept as raw text. An unclosed comment
 * runs to the end, as in a browser, rather than becoming text; markup nested too deep to walk throws
 * `TooDeepError` (the parser itself does not recurse; every walk after it does).
 */
export function parseHtmlDom(html: string): HTMLElement {
  // Closed before parsing: the parser's own closing of what is left open costs the square of its number.
  const root = parse(balanceHtml(closeComments(html.replace(PROLOGUE, ''))), {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
  const depth = depthOf(root);
  if (depth > MAX_HTML_DEPTH) throw new TooDeepError(depth);
  return root;
}

/** Drops an unclosed `<!--` and everything after it, as a browser hides it. */
function closeComments(html: string): string {
  const open = html.lastIndexOf('<!--');
  if (open < 0 || html.indexOf('-->', open + 4) >= 0) return html;
  return html.slice(0, open);
}

/** The deepest nesting of elements, found without recursion. */
function depthOf(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_HTML_DEPTH) return deepest;
    for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
  return deepest;
}

function collect(node: Node, paragraphs: string[], inline: string[]): void {
  if (node instanceof TextNode) {
    inline.push(node.text);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = (node.rawTagName ?? '').toLowerCase();
  if (DROPPED.has(tag)) return;
  const block = tag === '' || BLOCK.has(tag);
  if (block) flush(paragraphs, inline);
  for (const child of node.childNodes) collect(child, paragraphs, inline);
  if (block) flush(paragraphs, inline);
}

function flush(paragraphs: string[], inline: string[]): void {
  const paragraph = inline.join('').replace(/\s+/g, ' ').trim();
  inline.length = 0;
  if (paragraph !== '') paragraphs.push(paragraph);
}

/** The readable paragraphs of an element, entities decoded and whitespace collapsed inside each. */
export function elementParagraphs(element: HTMLElement): readonly string[] {
  const paragraphs: string[] = [];
  const inline: string[] = [];
  collect(element, paragraphs, inline);
  flush(paragraphs, inline);
  return paragraphs;
}

/** The text of an element as paragraphs separated by a blank line. */
export function elementToText(element: HTMLElement): string {
  return elementParagraphs(element).join('\n\n');
}

/** Turns an HTML fragment or page into plain text, one paragraph per block element. */
export function htmlToText(html: string): string {
  return elementToText(parseHtmlDom(html));
}

/** Turns a short HTML value such as a feed title into one line of plain text. */
export function htmlToLine(html: string): string {
  return elementParagraphs(parseHtmlDom(html)).join(' ');
}
