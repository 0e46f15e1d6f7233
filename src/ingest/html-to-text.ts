import { HTMLElement, type Node, parse, TextNode } from 'node-html-parser';

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

/** Parses HTML into a DOM with script, style and noscript content kept as raw text. */
export function parseHtmlDom(html: string): HTMLElement {
  return parse(html.replace(PROLOGUE, ''), {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
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
