import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredCorrection } from '../domain/correction.js';
import type { Claim, Extraction } from '../domain/extraction.js';
import { Gold, type GoldClaim } from '../eval/index.js';
import type { Store, StoredDocument } from '../store/index.js';
import { overlayExtraction } from './overlay.js';

// A name that is a pattern in a gold file ("a|b", "*") would match more than the analyst meant.
const literal = (name: string) => name.replace(/[|*]/g, ' ').trim();

function goldClaim(extraction: Extraction, claim: Claim): GoldClaim {
  const attribution = extraction.attributions.find((a) => a.id === claim.source);
  // The scorer reads a claim in the document's own voice as its outlet's.
  const source = attribution?.source.name ?? extraction.document.outlet;
  return {
    type: claim.type,
    actor: claim.actor,
    target: claim.target,
    weapons: claim.weapons.filter((w) => w.class !== 'unspecified').map((w) => w.class),
    status: claim.status,
    source: source === null ? null : literal(source),
  };
}

/** The gold file of a corrected extraction (docs/GOLD.md): what the analysts say the document holds. */
export function goldOf(extraction: Extraction, file: string): Gold {
  return Gold.parse({
    file,
    published: extraction.document.published,
    outlet: extraction.document.outlet,
    entities: [...new Set(extraction.entities.map((e) => e.id))],
    sources: [...new Set(extraction.attributions.map((a) => literal(a.source.name)))],
    claims: extraction.claims.map((c) => goldClaim(extraction, c)),
  });
}

/** The document as a JSON record `ingest` and `eval` read back to the same text, hence the same id. */
function record(stored: StoredDocument): string {
  const { text, title, outlet, published, url } = stored;
  return `${JSON.stringify({ text, title, outlet, published, url }, null, 2)}\n`;
}

/** What exporting wrote: the documents written, and those left out because they are excluded. */
export interface GoldExport {
  readonly written: readonly string[];
  readonly excluded: readonly string[];
}

/**
 * Writes every corrected document of a store into a folder as gold data: `ID.json` (the document) beside
 * `ID.gold.json` (its claims as the corrections read them), so that `eval` scores an extractor against
 * the team's corrections. Excluded documents are left out.
 */
export async function exportGold(store: Store, dir: string): Promise<GoldExport> {
  const all = await store.listCorrections();
  const byDocument = new Map<string, StoredCorrection[]>();
  for (const c of all) {
    if (c.document !== null) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  }
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const excluded: string[] = [];
  for (const [id, corrections] of [...byDocument].sort(([a], [b]) => a.localeCompare(b))) {
    const stored = await store.getDocument(id);
    if (stored === null) continue;
    if (corrections.some((c) => c.kind === 'exclude_document')) {
      excluded.push(id);
      continue;
    }
    const corrected = overlayExtraction(stored.extraction, corrections);
    await writeFile(join(dir, `${id}.json`), record(stored));
    await writeFile(
      join(dir, `${id}.gold.json`),
      `${JSON.stringify(goldOf(corrected, `${id}.json`), null, 2)}\n`,
    );
    written.push(id);
  }
  return { written, excluded };
}
