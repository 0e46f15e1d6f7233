import type { EntityDetail } from '../../api/entity-detail.js';
import type { EntityKind } from '../../domain/extraction.js';
import type { EntitySummary } from '../../store/store.js';
import type { EntityEvents } from '../entity-events.js';
import { html, queryString, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { documentTable, pager } from './documents.js';
import { eventTable } from './events.js';

const KINDS: readonly EntityKind[] = [
  'country',
  'person',
  'outlet',
  'organization',
  'igo',
  'group',
  'weapon_system',
  'region',
];

/** The entities page: a page of entities, in most documents first, optionally of one kind. */
export function entitiesPage(
  entities: readonly EntitySummary[],
  kind: EntityKind | undefined,
  paging?: { readonly limit: number; readonly offset: number },
): SafeHtml {
  const body = html`<h1>Entities</h1>
<form class="filters" action="/entities" method="get" aria-label="Filter entities"><label>Kind<select name="kind"><option value="">any</option>${KINDS.map(
    (k) => html`<option value="${k}"${k === kind ? html` selected` : ''}>${k.replace('_', ' ')}</option>`,
  )}</select></label><button type="submit">Show</button></form>
<div class="table-wrap"><table class="stack"><caption class="visually-hidden">Entities</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Documents</th><th scope="col">Mentions</th></tr></thead>
<tbody>${entities.map(
    (e) =>
      html`<tr><td><a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a></td><td data-label="Kind">${e.kind}</td><td data-label="Documents">${e.documents}</td><td data-label="Mentions">${e.mentions}</td></tr>`,
  )}</tbody></table></div>${paging === undefined ? '' : pager('/entities', { kind }, { ...paging, shown: entities.length })}`;
  return page({ title: 'Entities', section: 'entities', body });
}

function eventsPart(
  heading: string,
  count: number | null,
  events: readonly EventSummary[],
  all: string | null,
  name: Namer,
): SafeHtml {
  const more =
    all !== null && count !== null && count > events.length
      ? html`<p><a href="${all}">All ${count} events</a></p>`
      : '';
  return html`<h2>${heading}${count === null ? '' : ` (${count})`}</h2>${eventTable(events, name)}${more}`;
}

type EventSummary = EntityEvents['actor'][number];

/** One entity's page: the events it takes part in and the documents that name it. */
export function entityPage(
  { entity, documents, roles }: EntityDetail,
  events: EntityEvents,
  name: Namer,
): SafeHtml {
  const id = entity.id;
  const parts =
    entity.kind === 'weapon_system'
      ? eventsPart(
          'Events naming this weapon',
          roles.weapon,
          events.weapon,
          `/events${queryString({ weapon: id })}`,
          name,
        )
      : entity.kind === 'person'
        ? eventsPart('Events this person speaks to', null, events.speaks, null, name)
        : html`${eventsPart(`Events with ${entity.name} as actor`, roles.actor, events.actor, `/events${queryString({ actor: id })}`, name)}
${eventsPart(`Events with ${entity.name} as target`, roles.target, events.target, `/events${queryString({ target: id })}`, name)}`;
  const body = html`<h1>${entity.name}</h1>
<p class="muted">${entity.kind.replace('_', ' ')} · in ${entity.documents} document(s) · ${entity.mentions} mention(s) · <code>${id}</code></p>
${parts}
<h2>Documents naming ${entity.name}</h2>${documentTable(documents, `Documents naming ${entity.name}`)}`;
  return page({ title: entity.name, section: 'entities', body });
}
