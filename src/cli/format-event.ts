import type { Event, EventClaim } from '../domain/event.js';

function weapons(event: Event): string {
  if (event.weapons.length === 0) return '-';
  return event.weapons.map((w) => (w.system ? w.system.replace(/^weapon:/, '') : w.class)).join(', ');
}

function span(event: Event): string {
  if (event.firstReported === null) return 'undated';
  return event.firstReported === event.lastReported
    ? event.firstReported
    : `${event.firstReported}..${event.lastReported ?? ''}`;
}

/** One line per event for `corroborate events`. */
export function formatEventLine(event: Event): string {
  const grade = `${event.grade.reliability}${event.grade.credibility}`;
  const parties = `${event.actor ?? '?'} -> ${event.target ?? '?'}`;
  const counts = `${event.independentOrigins} origin(s), ${event.reports} report(s)${event.circular ? ', circular' : ''}`;
  const type = event.phase === 'planned' ? `${event.type} (planned)` : event.type;
  return `${event.id}  ${type}  ${parties}  [${weapons(event)}]  ${event.status}  ${grade}  ${counts}  ${span(event)}\n`;
}

function claimLine(c: EventClaim): string {
  const where = c.outlet ?? c.file ?? c.url ?? c.document;
  const via = c.chain.length > 1 ? ` via ${c.chain.join(' > ')}` : '';
  const echo = c.echoOf === null ? '' : ` (copy of ${c.echoOf})`;
  const linked = c.linked === null ? '' : ` (cites ${c.linked})`;
  return `    ${c.published ?? 'undated'}  ${c.status}  ${where}${via}  ${c.document}#${c.claim}${echo}${linked}\n      "${c.evidence.replace(/\s+/g, ' ').slice(0, 160)}"\n`;
}

/** The whole story of one event for `corroborate event ID`: grade, independence, claims by origin, timeline. */
export function formatEvent(event: Event): string {
  const out: string[] = [formatEventLine(event)];
  out.push(`  status ${event.status}; grade ${event.grade.reliability}${event.grade.credibility}`);
  for (const reason of event.grade.reasons) out.push(`    ${reason}`);
  if (event.eventTime !== null) out.push(`  event time ${event.eventTime}`);
  if (event.related.length > 0) out.push(`  related ${event.related.join(', ')}`);
  if (event.echoes.length > 0) out.push(`  outlets that only echo: ${event.echoes.join(', ')}`);
  if (event.circular) out.push('  circular reporting: many reports, one origin');
  out.push('', `independent origins (${event.independentOrigins}):`);
  for (const origin of event.origins) {
    const who = origin.speakers.length > 0 ? ` (${origin.speakers.join('; ')})` : '';
    const official = origin.official ? ', a party' : '';
    const echoes = origin.echoes.length > 0 ? `; echoed by ${origin.echoes.join(', ')}` : '';
    out.push(
      `  ${origin.name}${who}: ${origin.stance}${official}, ${origin.claims} claim(s) in ${origin.documents} document(s)${echoes}`,
    );
    const lines = event.claims.filter((c) => c.origin === origin.name).map(claimLine);
    out.push(lines.join('').trimEnd());
  }
  out.push('', 'timeline:');
  for (const t of event.timeline) {
    out.push(
      `  ${t.date ?? 'undated'}  ${t.kind}  -> ${t.status}  ${t.outlet ?? '-'}  ${t.document}#${t.claim}${t.note ? `  ${t.note}` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}
