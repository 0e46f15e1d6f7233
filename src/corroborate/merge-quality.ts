import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type GoldEntry,
  goldClaimsExtraction,
  type MergedDocument,
  type MergeScores,
  readGoldDir,
  scoreMerge,
} from '../eval/index.js';
import { extract } from '../extract/index.js';
import { readInputs } from '../ingest/index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Store } from '../store/index.js';
import type { SummaryDeps } from './event-summary.js';
import { supports } from './status.js';
import { updateEvents } from './update-events.js';

/** How one gold event came out: into how many system events, and with how many independent origins. */
export interface GoldEventOutcome {
  readonly gold: string;
  /** Gold claims of the event matched to a system claim. */
  readonly claims: number;
  /** System events those claims went to. */
  readonly systemEvents: number;
  /** The system event holding most of them. */
  readonly event: string;
  readonly status: string;
  readonly grade: string;
  readonly origins: number;
  readonly supporting: number;
  readonly denying: number;
  readonly circular: boolean;
  /** The intended number of origins, from the folder's EVENTS.md table when it has one. */
  readonly goldOrigins: number | null;
}

/** The merge scores of a gold folder and each gold event's outcome. */
export interface MergeQuality {
  readonly scores: Omit<MergeScores, 'itemList'>;
  readonly events: readonly GoldEventOutcome[];
  readonly documents: number;
  readonly nearDuplicates: number;
}

/** What evaluating the merge needs: an empty store to ingest into, the knowledge, corroboration's deps. */
export interface MergeQualityDeps extends SummaryDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  /**
   * Whose claims are merged: the extractor's (the default), or the gold files' own (first
   * alternative of each pattern, no time), which measures the merge rules apart from extraction.
   */
  readonly claims?: 'extracted' | 'gold';
  /** A Markdown table of each gold event's intended origins; by default `EVENTS.md` in the gold folder, if any. */
  readonly originsTable?: string;
}

// EVENTS.md rows: | `event-id` | description | documents | claims | origins | detail |
async function goldOrigins(file: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = cells[1]?.match(/^`([^`]+)`$/)?.[1];
    const origins = Number(cells[5]);
    if (id !== undefined && Number.isInteger(origins)) out.set(id, origins);
  }
  return out;
}

function byPublication(a: GoldEntry, b: GoldEntry): number {
  const pa = a.gold.published ?? '';
  const pb = b.gold.published ?? '';
  return pa < pb ? -1 : pa > pb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Ingests a gold folder's documents one by one in publication order (as a feed brings them) into
 * the given empty store, merging each into events, then scores the merge against the gold `event`
 * ids (pairwise and B-cubed F1 over the gold claims matched at GOLD.md's event level) and sums up
 * each gold event's independent origins.
 */
export async function evaluateMerge(goldDir: string, deps: MergeQualityDeps): Promise<MergeQuality> {
  const { store, knowledge } = deps;
  const entries = (await readGoldDir(goldDir)).sort(byPublication);
  const docs: MergedDocument[] = [];
  const placements = new Map<string, string>();
  let nearDuplicates = 0;
  const outletForHost = (host: string) => knowledge.outletForHost(host);
  const classes = new Map(knowledge.weapons.map((w) => [w.id, w.class]));
  const classOf = (system: string) => classes.get(system) ?? null;
  for (const entry of entries) {
    if (entry.documentPath === null) continue;
    for await (const result of readInputs([entry.documentPath], { outletForHost })) {
      if (!result.ok) break;
      const extraction =
        deps.claims === 'gold'
          ? goldClaimsExtraction(
              entry.gold,
              {
                id: result.document.id,
                published: result.document.published,
                outlet: result.document.outlet,
                title: result.document.title,
                url: result.document.url,
                text: result.document.text,
              },
              classOf,
            )
          : extract(result.document, knowledge);
      const saved = await store.saveDocument(result.document, extraction, '1970-01-01T00:00:00.000Z');
      if (saved.status === 'stored') {
        const update = await updateEvents(result.document, extraction, deps);
        if (update.echoOf !== null) nearDuplicates += 1;
      }
      const id = result.document.id;
      for (const c of extraction.claims) {
        const event = await store.eventOfClaim(id, c.id);
        if (event !== null) placements.set(`${id}#${c.id}`, event);
      }
      docs.push({
        name: entry.name,
        gold: entry.gold,
        extraction,
        eventOf: (c) => placements.get(`${id}#${c}`) ?? null,
        goldClaims: deps.claims === 'gold',
      });
      // A gold file describes one document: the first record of a JSON Lines file.
      break;
    }
  }
  const { itemList, ...scores } = scoreMerge(docs);
  const intended = await goldOrigins(deps.originsTable ?? join(goldDir, 'EVENTS.md'));
  const events: GoldEventOutcome[] = [];
  for (const gold of [...new Set(itemList.map((i) => i.goldEvent))].sort()) {
    const items = itemList.filter((i) => i.goldEvent === gold);
    const counts = new Map<string, number>();
    for (const i of items) counts.set(i.systemEvent, (counts.get(i.systemEvent) ?? 0) + 1);
    const [main] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const event = main === undefined ? null : await store.getEvent(main[0]);
    if (event === null) continue;
    events.push({
      gold,
      claims: items.length,
      systemEvents: counts.size,
      event: event.id,
      status: event.status,
      grade: `${event.grade.reliability}${event.grade.credibility}`,
      origins: event.independentOrigins,
      supporting: event.origins.filter((o) => supports(o.stance)).length,
      denying: event.origins.filter((o) => o.stance === 'denies').length,
      circular: event.circular,
      goldOrigins: intended.get(gold) ?? null,
    });
  }
  return { scores, events, documents: docs.length, nearDuplicates };
}
