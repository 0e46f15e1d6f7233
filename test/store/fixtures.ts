import { createHash } from 'node:crypto';
import type { Migration } from 'kysely';
import type { SourceDocument } from '../../src/domain/document.js';
import type { Extraction, Span } from '../../src/domain/extraction.js';

/** A document as ingest would make it, with its id derived from the text. */
export function makeDocument(
  text: string,
  fields: Partial<Omit<SourceDocument, 'id' | 'text'>> = {},
): SourceDocument {
  return {
    id: `doc_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
    published: '2024-03-01',
    outlet: 'Reuters',
    title: 'Shipment reported',
    url: 'https://example.org/a',
    text,
    origin: 'test.txt',
    format: 'text',
    warnings: [],
    ...fields,
  };
}

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

/** The text of the standard test document: two states, one report, a transfer and a denial. */
export const TRANSFER_TEXT =
  'Reuters reported that Iran shipped Shahed drones to Russia in March. Russia denied sanctions against Iran.';

/** A small valid extraction of `doc`: two entities, one attribution, two claims. */
export function makeExtraction(doc: SourceDocument): Extraction {
  const { text } = doc;
  const content = spanOf(text, 'Iran shipped Shahed drones to Russia in March');
  return {
    schema: 'corroborate/extraction@1',
    document: {
      id: doc.id,
      published: doc.published,
      outlet: doc.outlet,
      title: doc.title,
      url: doc.url,
      text,
    },
    entities: [
      { id: 'IRN', kind: 'country', name: 'Iran', mentions: [spanOf(text, 'Iran')] },
      {
        id: 'RUS',
        kind: 'country',
        name: 'Russia',
        mentions: [spanOf(text, 'Russia'), spanOf(text, 'Russia denied')],
      },
    ],
    attributions: [
      {
        id: 'a1',
        source: {
          name: 'Reuters',
          entity: 'outlet:reuters',
          kind: 'outlet',
          mention: spanOf(text, 'Reuters'),
        },
        cue: 'reported',
        mode: 'indirect',
        content,
        parent: null,
        cueSpan: spanOf(text, 'reported'),
      },
    ],
    claims: [
      {
        id: 'c1',
        type: 'transfer',
        actor: 'IRN',
        target: 'RUS',
        weapons: [{ class: 'drone', system: 'weapon:shahed-136', text: 'Shahed drones' }],
        quantity: { min: 10, max: null, approximate: true, text: 'some' },
        time: { start: '2024-03', end: null, text: 'in March' },
        status: 'asserted',
        source: 'a1',
        chain: ['a1'],
        evidence: content,
      },
      {
        id: 'c2',
        type: 'sanction',
        actor: 'RUS',
        target: 'IRN',
        weapons: [],
        quantity: null,
        status: 'denied',
        source: null,
        chain: [],
        evidence: { start: text.indexOf('Russia denied'), end: text.length - 1 },
      },
    ],
    warnings: [],
  };
}

/** An extraction of `doc` that found nothing. */
export function makeEmptyExtraction(doc: SourceDocument): Extraction {
  return {
    schema: 'corroborate/extraction@1',
    document: {
      id: doc.id,
      published: doc.published,
      outlet: doc.outlet,
      title: doc.title,
      url: doc.url,
      text: doc.text,
    },
    entities: [],
    attributions: [],
    claims: [],
  };
}

/** The migrations named before `name`: what a store written by an older release had run. */
export const migrationsBefore = (
  all: Readonly<Record<string, Migration>>,
  name: string,
): Readonly<Record<string, Migration>> => Object.fromEntries(Object.entries(all).filter(([n]) => n < name));
