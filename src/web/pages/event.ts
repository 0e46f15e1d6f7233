import type { ReliabilityTable } from '../../corroborate/index.js';
import type { Event, EventClaim, Origin } from '../../domain/event.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { verdictOf } from '../verdict.js';
import { type EventPageExtras, originGroup } from './event-claims.js';
import { provenanceSection } from './event-provenance.js';
import { timelineSection } from './event-timeline.js';
import { verdictBlock } from './event-verdict.js';
import { eventTitle } from './events.js';

export { type EventPageExtras, evidenceHref } from './event-claims.js';

const label = (value: string) => value.replaceAll('_', ' ');

/** What the event page is drawn with besides the event: names, the grade's table, a chosen origin, extras. */
export interface EventPageOptions {
  readonly name: Namer;
  readonly reliability: ReliabilityTable;
  /** Show only this origin's claims (a click on an origin in the provenance view). */
  readonly origin?: string | undefined;
  readonly extras?: EventPageExtras;
  /** Where this page of a big event's claims stands, when there are more. */
  readonly more?: ClaimsMore | null;
}

function more(page: ClaimsMore | null | undefined): SafeHtml | string {
  if (page === null || page === undefined) return '';
  return html`<p>Claims ${page.offset + 1} to ${page.offset + page.shown} of ${page.total}. <a href="?claimsOffset=${page.next}#claims">More claims</a></p>`;
}

function claimsSection(
  event: Event,
  groups: readonly { readonly origin: Origin; readonly claims: readonly EventClaim[] }[],
  options: EventPageOptions,
): SafeHtml {
  const chosen = options.origin === undefined ? null : groups.filter((g) => g.origin.name === options.origin);
  const shown = chosen ?? groups;
  const note =
    chosen === null
      ? html`<p class="muted">${groups.length} origin(s), ${event.claims.length} claim(s); open an origin to read its claims.</p>`
      : html`<p role="status">Showing the claims of ${options.origin} only${chosen.length === 0 ? ' (no such origin in this event)' : ''}. <a href="/events/${encodeURIComponent(event.id)}#claims">Show every origin</a></p>`;
  return html`<h2 id="claims" tabindex="-1">Claims by independent origin</h2>${note}<ol class="origins">${shown.map(
    (g) => originGroup(g.origin, g.claims, chosen !== null, options.extras ?? {}),
  )}</ol>`;
}

/** Where a page of a big event's claims stands: the claims shown, from which, of how many, and the next page's start. */
export interface ClaimsMore {
  readonly shown: number;
  readonly offset: number;
  readonly total: number;
  readonly next: number;
}

/** The event page: the verdict first, then the timeline, the provenance and the claims by origin, folded. */
export function eventPage(
  event: Event,
  groups: readonly { readonly origin: Origin; readonly claims: readonly EventClaim[] }[],
  options: EventPageOptions,
): SafeHtml {
  const { name, extras = {} } = options;
  const verdict = verdictOf(event, options.reliability);
  const provenance = provenanceSection(event);
  const weapons = event.weapons.map((w) => (w.system ? name(w.system) : label(w.class))).join(', ');
  const body = html`<h1>${eventTitle(event, name)}</h1>
<p class="muted">Weapons: ${weapons || 'none named'}${event.eventTime ? ` · happened ${event.eventTime}` : ''} · reported ${event.firstReported ?? 'undated'} to ${event.lastReported ?? 'undated'} · ${event.independentOrigins} independent origin(s)${event.circular ? ' · circular reporting' : ''} · ${event.phase}</p>
${verdictBlock(verdict, event.status)}
${timelineSection(event, verdict)}
${provenance.markup}
${claimsSection(event, groups, options)}
${more(options.more)}
${extras.history ?? ''}
${event.related.length > 0 ? html`<h2>Related events</h2><ul>${event.related.map((id) => html`<li><a href="/events/${encodeURIComponent(id)}">${id}</a></li>`)}</ul>` : ''}`;
  return page({
    title: eventTitle(event, name),
    section: 'events',
    body,
    libraries: provenance.drawn ? ['cytoscape'] : [],
  });
}
