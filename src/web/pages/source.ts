import type { SourceRecord } from '../../api/source-records.js';
import type { Event } from '../../domain/event.js';
import { summaryOf } from '../../store/index.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { Namer } from '../names.js';
import { eventTable } from './events.js';

/** One source's page: its track record and the newest events it speaks to. */
export function sourcePage(record: SourceRecord, events: readonly Event[], name: Namer): SafeHtml {
  const standing = Object.entries(record.byStatus).map(
    ([status, n]) => html`<li>${status.replaceAll('_', ' ')}: ${n}</li>`,
  );
  const body = html`<h1>${record.name}</h1>
<p>${record.claims} claim(s) in ${record.events} event(s); the independent origin of ${record.asOrigin}.</p>
<h2>How those events stand now</h2><ul>${standing}</ul>
<h2>Events</h2>${eventTable(events.map(summaryOf), name)}`;
  return page({ title: record.name, section: 'sources', body });
}
