import type { EntityDetail } from '../../api/entity-detail.js';
import type { EntityKind } from '../../domain/extraction.js';
import type { EntitySummary } from '../../store/store.js';
import { html, queryString, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { documentTable } from './documents.js';

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

/** The entities page: entities in most documents first, optionally of one kind. */
export function entitiesPage(entities: readonly EntitySummary[], kind: EntityKind | undefined): SafeHtml {
  const body = html`<h1>Entities</h1>
<form class="filters" action="/entities" method="get"><label>Kind<select name="kind"><option value="">any</option>${KINDS.map(
    (k) => html`<option value="${k}"${k === kind ? html` selected` : ''}>${k.replace('_', ' ')}</option>`,
  )}</select></label><button type="submit">Show</button></form>
<div class="table-wrap"><table><caption class="visually-hidden">Entities</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Documents</th><th scope="col">Mentions</th></tr></thead>
<tbody>${entities.map(
    (e) =>
      html`<tr><td><a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a></td><td>${e.kind}</td><td>${e.documents}</td><td>${e.mentions}</td></tr>`,
  )}</tbody></table></div>`;
  return page({ title: 'Entities', section: 'entities', body });
}

/** One entity's page: its counts, its roles in events and the documents that name it. */
export function entityPage({ entity, documents, roles }: EntityDetail): SafeHtml {
  const rolesPart =
    entity.kind === 'weapon_system'
      ? html`<ul><li><a href="/events${queryString({ weapon: entity.id })}">Named in ${roles.weapon} event(s)</a></li></ul>`
      : html`<ul>
<li><a href="/events${queryString({ actor: entity.id })}">Actor in ${roles.actor} event(s)</a></li>
<li><a href="/events${queryString({ target: entity.id })}">Target of ${roles.target} event(s)</a></li></ul>`;
  const body = html`<h1>${entity.name}</h1>
<p class="muted">${entity.kind} · in ${entity.documents} document(s) · ${entity.mentions} mention(s) · <code>${entity.id}</code></p>
<h2>Roles in events</h2>${rolesPart}
<h2>Documents naming ${entity.name}</h2>${documentTable(documents, `Documents naming ${entity.name}`)}`;
  return page({ title: entity.name, section: 'entities', body });
}
