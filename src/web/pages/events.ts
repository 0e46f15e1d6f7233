import type { EventsQuery } from '../../api/schemas.js';
import { type TitleParts, eventTitle as titleOf } from '../../corroborate/index.js';
import { EventStatus } from '../../domain/event.js';
import { ClaimType, WeaponClass } from '../../domain/extraction.js';
import { loadKnowledge } from '../../knowledge/index.js';
import type { EventSummary } from '../../store/index.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { pager } from './documents.js';

const label = (value: string) => value.replaceAll('_', ' ');

/** A short name for an event: who did what to whom, with what, when (see corroborate's `eventTitle`). */
export function eventTitle(event: TitleParts, name: Namer): string {
  return titleOf(event, name);
}

/** An event's grade as the Admiralty code, e.g. `B2`. */
export const gradeCode = (event: Pick<EventSummary, 'grade'>) =>
  `${event.grade.reliability}${event.grade.credibility}`;

function select(
  name: string,
  title: string,
  values: readonly string[],
  current: string | undefined,
): SafeHtml {
  return html`<label>${title}<select name="${name}"><option value="">any</option>${values.map(
    (v) => html`<option value="${v}"${v === current ? html` selected` : ''}>${label(v)}</option>`,
  )}</select></label>`;
}

let lists: SafeHtml | undefined;

/** The names the filters suggest as one types: countries and bodies for actor and target, systems and classes for weapon. */
function nameLists(): SafeHtml {
  const kb = loadKnowledge();
  const option = (value: string) => html`<option value="${value}"></option>`;
  lists ??= html`<datalist id="entity-names">${[...kb.countries, ...kb.bodies].map((e) => option(e.name))}</datalist>
<datalist id="weapon-names">${[...WeaponClass.options.map(label), ...kb.weapons.map((w) => w.name)].map(option)}</datalist>`;
  return lists;
}

function filtersForm(q: EventsQuery): SafeHtml {
  return html`<form class="filters" action="/events" method="get" aria-label="Filter events">
<label>Actor<input name="actor" value="${q.actor ?? ''}" maxlength="200" list="entity-names" placeholder="Iran, Tehran, IRN"></label>
<label>Target<input name="target" value="${q.target ?? ''}" maxlength="200" list="entity-names" placeholder="Russia, RUS"></label>
${select('type', 'Type', ClaimType.options, q.type)}
<label>Weapon<input name="weapon" value="${q.weapon ?? ''}" maxlength="200" list="weapon-names" placeholder="Fath-360, drone"></label>
${select('status', 'Status', EventStatus.options, q.status)}
<label>From<input type="date" name="since" value="${q.since ?? ''}"></label>
<label>Until<input type="date" name="until" value="${q.until ?? ''}"></label>
${select('sort', 'Sort by', ['last_reported', 'first_reported', 'claims', 'origins'], q.sort)}
<button type="submit">Filter</button> <a href="/events">Clear</a>
${nameLists()}
</form>`;
}

/** When the claims say the event happened, as a day or a span; empty when none says. */
function happened(e: Pick<EventSummary, 'eventTime' | 'eventTimeEnd'>): string {
  if (e.eventTime === null) return '';
  return e.eventTimeEnd && e.eventTimeEnd !== e.eventTime
    ? `${e.eventTime} – ${e.eventTimeEnd}`
    : e.eventTime;
}

/** A table of events, each linking to its page. */
export function eventTable(events: readonly EventSummary[], name: Namer): SafeHtml {
  if (events.length === 0) return html`<p role="status">No events match.</p>`;
  return html`<div class="table-wrap"><table class="stack"><caption class="visually-hidden">Events</caption>
<thead><tr><th scope="col">Event</th><th scope="col">Weapons</th><th scope="col">Status</th><th scope="col">Grade</th><th scope="col">Origins</th><th scope="col">Claims</th><th scope="col">Happened</th><th scope="col">Last reported</th></tr></thead>
<tbody>${events.map(
    (e) => html`<tr><td><a href="/events/${encodeURIComponent(e.id)}">${eventTitle(e, name)}</a></td>
<td data-label="Weapons">${e.weapons.map((w) => (w.system ? name(w.system) : label(w.class))).join(', ')}</td>
<td data-label="Status"><span class="badge ${e.status}">${label(e.status)}</span></td><td data-label="Grade">${gradeCode(e)}</td>
<td data-label="Origins">${e.independentOrigins}</td><td data-label="Claims">${e.claims}</td><td data-label="Happened">${happened(e)}</td><td data-label="Last reported">${e.lastReported ?? ''}</td></tr>`,
  )}</tbody></table></div>`;
}

/** The events page: filters kept in the URL, the matching events and pages. */
export function eventsPage(
  q: EventsQuery,
  events: readonly EventSummary[],
  total: number,
  name: Namer,
): SafeHtml {
  const { limit, offset, ...fields } = q;
  const count = `${total} event(s) match`;
  return page({
    title: 'Events',
    section: 'events',
    body: html`<h1>Events</h1>${filtersForm(q)}<p role="status">${count}</p>${eventTable(events, name)}${pager('/events', fields, { limit, offset, shown: events.length })}`,
  });
}
