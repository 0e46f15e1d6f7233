import { describe, expect, it } from 'vitest';
import { candidateBlocks, corroborate, corroborationDeps, eventBlock } from '../../src/corroborate/index.js';
import type { Event } from '../../src/domain/event.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { run } from '../extract/helpers.js';

const deps = corroborationDeps(loadKnowledge());

/** Extracts and merges documents one by one, as ingest does. */
function events(docs: readonly { id: string; text: string; outlet: string; published: string }[]): Event[] {
  const held = new Map<string, Event>();
  for (const d of docs) {
    const extraction = run(d.text, d.outlet, d.published);
    const input = {
      document: { id: d.id, published: d.published, outlet: d.outlet, file: null, url: null },
      extraction: { ...extraction, document: { ...extraction.document, id: d.id } },
    };
    const blocks = new Set(candidateBlocks(input.extraction));
    const result = corroborate(
      [...held.values()].filter((e) => blocks.has(eventBlock(e))),
      input,
      deps,
    );
    for (const e of result.events) held.set(e.id, e);
  }
  return [...held.values()];
}

describe('a recap published later does not reopen a settled event', () => {
  const denial = {
    id: 'doc_denial',
    outlet: 'Reuters',
    published: '2022-10-18',
    text: 'Iran has not sent any drones to Russia, Foreign Ministry spokesman Nasser Kanaani said on Monday.',
  };
  const admission = {
    id: 'doc_admission',
    outlet: 'Reuters',
    published: '2022-11-05',
    text: 'Iran admitted on Saturday that it had sent drones to Russia, Foreign Minister Hossein Amirabdollahian said.',
  };

  it("the recap's old denial is retold, not taken as a denial of its publication date", () => {
    const recap = {
      id: 'doc_recap',
      outlet: 'AP',
      published: '2024-08-10',
      text: 'Iran at first denied sending drones to Russia, Foreign Minister Hossein Amirabdollahian said.',
    };
    const settled = events([denial, admission]);
    const after = events([denial, admission, recap]);
    expect(settled.map((e) => e.status)).toEqual(['officially_confirmed']);
    // The recap joins the event it retells (no new event of 2024), and leaves its status as it was.
    expect(after.map((e) => e.status)).toEqual(['officially_confirmed']);
    expect(after[0]?.claims.map((c) => c.document)).toContain('doc_recap');
    expect(after[0]?.timeline.at(-1)).toMatchObject({ kind: 'report', document: 'doc_recap' });
  });

  it('a denial told as news of the day does change it', () => {
    const fresh = {
      id: 'doc_fresh',
      outlet: 'AP',
      published: '2022-11-20',
      text: 'Iran has not sent any drones to Russia, Foreign Minister Hossein Amirabdollahian said on Sunday.',
    };
    expect(events([denial, admission, fresh]).map((e) => e.status)).toEqual(['denied']);
  });
});
