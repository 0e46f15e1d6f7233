// Closes what a page leaves open, in one pass, before node-html-parser reads it. The parser moves the
// children of every element left open up to its parent once it has read the page, which costs the square
// of their number (200 KB of `<div><b><span>x</div>` took 23 s); given closed markup it has nothing to move.

// Elements that never have content.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Elements whose content is raw text, as `parseHtmlDom` asks the parser to keep it.
const RAW = new Set(['script', 'style', 'noscript']);
// What the parser closes on its own when another element opens (its kElementsClosedByOpening).
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const CLOSED_BY_OPENING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', new Set(['li'])],
  ['p', new Set(['p', 'div'])],
  ['b', new Set(['div'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ...HEADINGS.map((h): [string, ReadonlySet<string>] => [h, new Set(HEADINGS)]),
]);
// A tag whose attributes run on this long without a `>` is text, not a tag.
const MAX_TAG = 4096;

/** The index of the `>` that ends a tag whose name ends at `from`, quotes respected; -1 when there is none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  const stop = Math.min(html.length, from + MAX_TAG);
  for (let p = from; p < stop; p++) {
    const c = html.charCodeAt(p);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return p;
    else if (c === 60) return -1;
  }
  return -1;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/**
 * Markup with every element closed where a browser would close it: a close tag closes the elements left
 * open inside it, a close tag that closes nothing is dropped, and what is open at the end is closed there.
 */
export function balanceHtml(html: string): string {
  const out: string[] = [];
  const stack: string[] = [];
  const open = new Map<string, number>();
  let copied = 0;
  const pop = (): string => {
    const name = stack.pop() as string;
    open.set(name, (open.get(name) ?? 1) - 1);
    return name;
  };
  let p = html.indexOf('<');
  while (p >= 0) {
    if (html.startsWith('<!--', p)) {
      const end = html.indexOf('-->', p + 4);
      if (end < 0) break;
      p = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(p + 1) === 47;
    const nameStart = p + (closing ? 2 : 1);
    let q = nameStart;
    while (q < html.length && isNameChar(html.charCodeAt(q))) q++;
    const first = html.charCodeAt(nameStart);
    const end =
      q > nameStart && ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) ? tagEnd(html, q) : -1;
    if (end < 0) {
      p = html.indexOf('<', p + 1);
      continue;
    }
    const name = html.slice(nameStart, q).toLowerCase();
    if (!closing) {
      if (RAW.has(name)) {
        // Raw text runs to its own close tag, whatever it holds.
        const rawClose = new RegExp(`</${name}`, 'gi');
        rawClose.lastIndex = end + 1;
        const at = rawClose.exec(html)?.index ?? -1;
        if (at < 0) break;
        p = html.indexOf('<', html.indexOf('>', at) + 1 || html.length);
        continue;
      }
      for (let top = stack[stack.length - 1]; top !== undefined && CLOSED_BY_OPENING.get(top)?.has(name); ) {
        pop();
        top = stack[stack.length - 1];
      }
      if (!VOID.has(name) && html.charCodeAt(end - 1) !== 47) {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
      }
    } else if ((open.get(name) ?? 0) === 0) {
      // A close tag that closes nothing.
      out.push(html.slice(copied, p));
      copied = end + 1;
    } else {
      const implicit: string[] = [];
      while (stack[stack.length - 1] !== name) implicit.push(`</${pop()}>`);
      pop();
      if (implicit.length > 0) {
        out.push(html.slice(copied, p), ...implicit);
        copied = p;
      }
    }
    p = html.indexOf('<', end + 1);
  }
  out.push(html.slice(copied));
  for (let i = stack.length - 1; i >= 0; i--) out.push(`</${stack[i]}>`);
  return out.join('');
}
