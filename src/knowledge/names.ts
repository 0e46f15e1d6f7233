import type { Knowledge } from './index.js';

/** Turns an entity id (IRN, weapon:shahed-136) into the name a reader knows; unknown ids stay as they are. */
export type Namer = (id: string | null) => string;

/** A namer over the countries, bodies, outlets, people and weapons of the knowledge base. */
export function namer(knowledge: Knowledge): Namer {
  const names = new Map<string, string>();
  for (const c of knowledge.countries) names.set(c.iso3, c.name);
  for (const list of [knowledge.outlets, knowledge.bodies, knowledge.people, knowledge.weapons]) {
    for (const entry of list) names.set(entry.id, entry.name);
  }
  return (id) => (id === null ? 'unknown' : (names.get(id) ?? id));
}
