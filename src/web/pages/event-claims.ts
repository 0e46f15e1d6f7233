import type { EventClaim, Origin } from '../../domain/event.js';
import { idPart } from '../highlight.js';
import { html, type Interpolation, queryString, type SafeHtml } from '../html.js';
import { stanceIcon } from '../provenance.js';
import { verdictStance } from '../verdict.js';

const label = (value: string) => value.replaceAll('_', ' ');

/** The link from a claim to its highlighted evidence in its document. */
export const evidenceHref = (claim: EventClaim) =>
  `/documents/${encodeURIComponent(claim.document)}?claim=${encodeURIComponent(claim.claim)}#claim-${idPart(claim.claim)}`;

/**
 * What other modules add to an event page: a control beside each claim (an analyst's correction) and a
 * section after the claims (the history of corrections). The page itself only leaves the places.
 */
export interface EventPageExtras {
  readonly claimActions?: (claim: EventClaim) => Interpolation;
  readonly history?: Interpolation;
}

/** The link that shows only one origin's claims. */
export const originHref = (event: string, origin: string) =>
  `/events/${encodeURIComponent(event)}${queryString({ origin })}#claims`;

/** Claims saying the same words, the earliest first: one quote shown, its copies listed under it. */
function foldCopies(claims: readonly EventClaim[]): EventClaim[][] {
  const groups = new Map<string, EventClaim[]>();
  const sorted = [...claims].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  for (const claim of sorted) {
    const key = claim.evidence.replace(/\W+/g, ' ').trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()];
}

function claimItem(copies: readonly EventClaim[], extras: EventPageExtras): SafeHtml {
  const [first, ...rest] = copies as [EventClaim, ...EventClaim[]];
  const chain = first.chain.join(' > ') || 'none';
  return html`<li class="claim-item"><a href="${evidenceHref(first)}">${first.outlet ?? 'unknown outlet'}, ${first.published ?? 'undated'}</a> <span class="badge ${first.status}">${first.status}</span>${first.echoOf ? html` <span class="badge">echo</span>` : ''}
<br><q>${first.evidence}</q><br><span class="muted">chain: ${chain}</span>${
    rest.length > 0
      ? html`<details class="copies"><summary>+${rest.length} cop${rest.length === 1 ? 'y' : 'ies'} of these words</summary><ul>${rest.map(
          (c) =>
            html`<li><a href="${evidenceHref(c)}">${c.outlet ?? 'unknown outlet'}, ${c.published ?? 'undated'}</a>${extras.claimActions ? html` ${extras.claimActions(c)}` : ''}</li>`,
        )}</ul></details>`
      : ''
  }${extras.claimActions ? html`<div class="claim-actions">${extras.claimActions(first)}</div>` : ''}</li>`;
}

/** One origin's claims, folded under a summary line: its answer, its kind and how much it said. */
export function originGroup(
  origin: Origin,
  claims: readonly EventClaim[],
  open: boolean,
  extras: EventPageExtras,
): SafeHtml {
  const stance = verdictStance(origin);
  const copies = foldCopies(claims);
  return html`<li><details${open ? html` open` : ''}><summary>${stanceIcon(stance)} <strong>${origin.name}</strong> <span class="badge">${label(origin.stance)}</span> <span class="muted">${claims.length} claim(s)${copies.length < claims.length ? `, ${copies.length} distinct` : ''}</span></summary>
<p class="muted">${label(origin.kind)}${origin.official ? ', official' : ''}${origin.speakers.length > 0 ? `; speakers: ${origin.speakers.join(', ')}` : ''}${origin.echoes.length > 0 ? `; echoed by ${origin.echoes.join(', ')}` : ''}</p>
<ul>${copies.map((c) => claimItem(c, extras))}</ul></details></li>`;
}
