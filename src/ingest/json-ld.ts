import type { HTMLElement } from 'node-html-parser';
import { z } from 'zod';

const LdName = z.union([z.string(), z.object({ name: z.string().optional() }).loose()]);

/** The part of a schema.org JSON-LD node that ingest reads; other properties pass through unchecked. */
export const LdArticle = z
  .object({
    datePublished: z.string().optional(),
    headline: z.string().optional(),
    publisher: z.union([LdName, z.array(LdName)]).optional(),
  })
  .loose();
export type LdArticle = z.infer<typeof LdArticle>;

/** Metadata found in a page's JSON-LD blocks. */
export interface LdMetadata {
  readonly datePublished: string | null;
  readonly publisher: string | null;
}

/** How deep in arrays and graphs a JSON-LD node is looked for; real pages nest two or three levels. */
const MAX_LD_DEPTH = 32;

function nodesOf(value: unknown, depth = 0): unknown[] {
  // Thousands of nested arrays would overflow the stack; no article is that deep.
  if (depth > MAX_LD_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((v) => nodesOf(v, depth + 1));
  if (typeof value !== 'object' || value === null) return [];
  const graph: unknown = (value as Record<string, unknown>)['@graph'];
  return [value, ...(graph === undefined ? [] : nodesOf(graph, depth + 1))];
}

function nameOf(publisher: LdArticle['publisher']): string | null {
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  if (first === undefined) return null;
  return typeof first === 'string' ? first : (first.name ?? null);
}

function parseBlock(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
    return null;
  }
}

/** Reads the first datePublished and publisher name from a page's JSON-LD script blocks. */
export function readJsonLd(root: HTMLElement): LdMetadata {
  let datePublished: string | null = null;
  let publisher: string | null = null;
  for (const script of root.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    for (const node of nodesOf(parseBlock(script.rawText))) {
      const article = LdArticle.safeParse(node);
      if (!article.success) continue;
      datePublished ??= article.data.datePublished ?? null;
      publisher ??= nameOf(article.data.publisher);
    }
  }
  return { datePublished, publisher };
}
