import type { EventClaim } from '../../domain/event.js';
import { html, type SafeHtml } from '../html.js';
import { stanceIcon } from '../provenance.js';
import { VERDICT_STANCES, type Verdict, type VerdictRow } from '../verdict.js';
import { evidenceHref } from './event-claims.js';

const label = (value: string) => value.replaceAll('_', ' ');
const HEADINGS = new Map(VERDICT_STANCES);
// A verdict quotes a sentence, not a paragraph: longer evidence is cut at a word.
const QUOTE_CHARS = 280;

/** Evidence cut to a quotable length at a word boundary. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= QUOTE_CHARS) return clean;
  const cut = clean.slice(0, QUOTE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_CHARS - 40))}…`;
}

/** A claim's chain as the text names it, outlet first: "Reuters > two Western intelligence sources". */
export function chainText(claim: EventClaim): string {
  const chain = claim.chain.filter((x) => x.trim() !== '');
  if (claim.outlet !== null && chain[0] !== claim.outlet) chain.unshift(claim.outlet);
  return chain.join(' > ') || 'no chain';
}

function others(row: VerdictRow): SafeHtml | string {
  if (row.others.length === 0) return '';
  const shown = row.others.slice(0, 3).map((o) => o.name);
  const more = row.others.length - shown.length;
  return html`<p class="muted">Also ${label(row.stance)}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}</p>`;
}

function verdictRow(row: VerdictRow): SafeHtml {
  const { claim, origin } = row;
  return html`<li class="verdict-row stance-${row.stance}"><h3>${stanceIcon(row.stance)} ${HEADINGS.get(row.stance) ?? row.stance}</h3>
<p><strong>${origin.name}</strong> <span class="muted">(reliability ${row.reliability}; ${origin.kind === 'sources' ? 'unnamed sources' : label(origin.kind)}${origin.official ? ', a party' : ''})</span></p>
<blockquote><q>${quote(claim.evidence)}</q></blockquote>
<p><a href="${evidenceHref(claim)}">${claim.published ?? 'undated'} · ${chainText(claim)}</a>${row.echoes > 0 ? html` <span class="badge">+${row.echoes} echo${row.echoes === 1 ? '' : 'es'}</span>` : ''}</p>
${others(row)}</li>`;
}

/** The verdict block: who confirms, reports, denies and declines, the rule that gave the status, the grade in words. */
export function verdictBlock(verdict: Verdict, status: string): SafeHtml {
  const rule =
    verdict.status.rule === null
      ? html`Status <strong>${label(status)}</strong>: ${verdict.status.words}.`
      : html`Status <strong>${label(status)}</strong> by rule ${verdict.status.rule} of the status rules: ${verdict.status.words}.`;
  return html`<section class="verdict" aria-labelledby="verdict-heading">
<h2 id="verdict-heading">Verdict: <span class="badge ${status}">${label(status)}</span> grade ${verdict.grade.code}</h2>
<p>${rule}</p>
<p>Grade <strong>${verdict.grade.code}</strong> (Admiralty code): source reliability ${verdict.grade.reliability}; information credibility ${verdict.grade.credibility}.</p>
${verdict.rows.length === 0 ? html`<p>No origin says anything of this event.</p>` : html`<ol class="verdict-rows">${verdict.rows.map(verdictRow)}</ol>`}
</section>`;
}
