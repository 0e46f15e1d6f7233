import { eventTitle as titleOf } from '../corroborate/index.js';
import type { Event, EventClaim } from '../domain/event.js';
import type { Quantity, Weapon } from '../domain/extraction.js';
import { loadKnowledge, type Namer, namer } from '../knowledge/index.js';

/** An event's Admiralty grade as analysts write it: reliability letter and credibility digit (`B2`). */
export function gradeCode(event: Event): string {
  return `${event.grade.reliability}${event.grade.credibility}`;
}

/** Weapons as a short list: the system's name when known, its class otherwise. */
export function weaponsText(weapons: readonly Weapon[]): string {
  return weapons.map((w) => (w.system ? w.system.replace(/^weapon:/, '') : w.class)).join('; ');
}

/** Whose word a claim is: its source, or the outlet that printed it in its own voice. */
export function claimSource(claim: EventClaim): string {
  return claim.source ?? claim.outlet ?? claim.origin;
}

/** A quantity as a short text (`1000+`, `~40`), with the words it was read from. */
export function quantityText(quantity: Quantity | null | undefined): string {
  if (!quantity) return '';
  const { min, max, approximate, text } = quantity;
  let range = '';
  if (min != null && max != null) range = min === max ? String(min) : `${min}-${max}`;
  else if (min != null) range = `${min}+`;
  else if (max != null) range = `up to ${max}`;
  const number = range === '' ? '' : `${approximate ? '~' : ''}${range}`;
  return [number, text ? `"${text}"` : ''].filter((s) => s !== '').join(' ');
}

let names: Namer | undefined;

/** A one-line title for an event: who to whom, with what, when (as the workbench titles it), and how it stands. */
export function eventTitle(event: Event): string {
  names ??= namer(loadKnowledge());
  const what = titleOf(event, names);
  return `${what}; ${event.status}, grade ${gradeCode(event)}, ${event.independentOrigins} independent origin(s)`;
}
