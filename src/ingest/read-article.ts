import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { htmlToText } from './html-to-text.js';

interface Libraries {
  readonly Readability: typeof ReadabilityClass;
  readonly parseHTML: typeof import('linkedom').parseHTML;
}

let libraries: Libraries | null = null;

// Loaded on the first page, synchronously (both ship CommonJS): reading text files and extracting
// never pay the 200 ms their loading costs.
function load(): Libraries {
  if (libraries === null) {
    const require = createRequire(import.meta.url);
    const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityClass };
    const { parseHTML } = require('linkedom') as typeof import('linkedom');
    libraries = { Readability, parseHTML };
  }
  return libraries;
}

// Page furniture that readability can mistake for story text when it sits inside the article:
// share bars, "related" and "read more" lists, newsletter boxes, captions and credits.
const FURNITURE_TAGS =
  'nav, header, footer, aside, form, button, figcaption, [role="navigation"], [role="complementary"], [aria-hidden="true"]';
const FURNITURE_NAMES =
  /(^|[\s_-])(share|sharing|social|related|read-?more|more-stories|most-read|popular|trending|recommended|recirc|newsletter|subscribe|promo|advert|ad-slot|sponsor|outbrain|taboola|comments?|breadcrumbs?|tags|caption|credit|toolbar|sidebar)([\s_-]|$)/i;

/** The story of a web page as readability finds it, with its title and byline when the page gives them. */
export interface Article {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
}

interface Element {
  readonly className?: string;
  readonly id?: string;
  remove(): void;
  querySelectorAll(selector: string): Iterable<Element>;
  getAttribute(name: string): string | null;
}

// A short block that announces other stories, a share prompt or a picture credit, whatever its markup.
const FURNITURE_LEADS =
  /^\s*(read more|read also|also read|related( stories| articles| coverage)?|see also|more on this( story)?|more from|recommended|most read|share (this|on)|follow us|sign up|subscribe|photo:|image:|picture:|credit:|advertisement)\b/i;
const SHORT_BLOCK = 300;

// A wrapper named for its sidebar (`layout has-sidebar`) may hold the story itself: such is never furniture.
function holdsStory(element: Element): boolean {
  return (
    [...element.querySelectorAll('article, main, [itemprop="articleBody"]')].length > 0 ||
    [...element.querySelectorAll('p')].length > 4
  );
}

function removeFurniture(root: Element & { readonly textContent?: string | null }): void {
  for (const element of [...root.querySelectorAll(FURNITURE_TAGS)]) element.remove();
  for (const element of [...root.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAMES.test(names) && !holdsStory(element)) element.remove();
  }
  for (const element of [...root.querySelectorAll('p, li, div, section, ul')] as (Element & {
    readonly textContent?: string | null;
  })[]) {
    const text = element.textContent ?? '';
    if (text.length < SHORT_BLOCK && FURNITURE_LEADS.test(text)) element.remove();
  }
}

/**
 * Finds a page's story with Mozilla's readability (over linkedom, no browser), after taking out the
 * furniture above; null when readability finds no article (an index page, an empty shell).
 */
export function readArticle(html: string): Article | null {
  const { Readability, parseHTML } = load();
  const { document } = parseHTML(html);
  removeFurniture(document as unknown as Element);
  // Readability rewrites the DOM it is given; the document is ours alone, so no clone is needed.
  const reader = new Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], {
    charThreshold: 200,
    keepClasses: false,
  });
  let parsed: ReturnType<ReadabilityClass<string>['parse']>;
  try {
    parsed = reader.parse();
  } catch {
    return null;
  }
  if (parsed === null || !parsed.content) return null;
  const content = parsed.content;
  // Readability's article HTML goes through the same paragraph walk as any page, so text stays comparable.
  const text = htmlToText(content);
  if (text.trim() === '') return null;
  return {
    text,
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
  };
}
