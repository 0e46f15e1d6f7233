import type { Attribution, Claim, Entity, Extraction } from '../../domain/extraction.js';
import type { StoredDocument } from '../../store/store.js';
import { highlightsOf, highlightText, idPart } from '../highlight.js';
import { html, queryString, type SafeHtml, safeUrl } from '../html.js';
import { page } from '../layout.js';

const weaponsOf = (claim: Claim) =>
  claim.weapons.map((w) => (w.system ? `${w.system} (${w.class})` : w.class)).join(', ') || 'no weapon named';

function entityItem(entity: Entity, i: number): SafeHtml {
  const extra = [entity.role, entity.country].filter((x) => x !== null && x !== undefined).join(', ');
  const summary = `Entity: ${entity.name} (${entity.kind})${extra ? `, ${extra}` : ''}`;
  return html`<li id="x-entity-${i}" data-summary="${summary}"><a href="/entities/${encodeURIComponent(entity.id)}">${entity.name}</a> <span class="muted">${entity.kind}${extra ? `, ${extra}` : ''}; ${entity.mentions.length} mention(s)</span></li>`;
}

function attributionItem(attribution: Attribution, i: number): SafeHtml {
  const { source } = attribution;
  const summary = `Attribution ${attribution.id}: ${source.name} (${source.kind}) ${attribution.cue}${attribution.mode ? `, ${attribution.mode.replace('_', ' ')}` : ''}${attribution.parent ? `, via ${attribution.parent}` : ''}`;
  return html`<li id="x-attribution-${i}" data-summary="${summary}"><strong>${source.name}</strong> <span class="muted">(${source.kind}${source.role ? `, ${source.role}` : ''})</span> “${attribution.cue}”${attribution.mode ? html` <span class="badge">${attribution.mode.replace('_', ' ')}</span>` : ''}${attribution.parent ? html` <span class="muted">via ${attribution.parent}</span>` : ''}</li>`;
}

function claimItem(claim: Claim, i: number, eventHref: (claim: Claim) => string): SafeHtml {
  const summary = `Claim ${claim.id}: ${claim.type.replace('_', ' ')}, ${claim.actor ?? '?'} → ${claim.target ?? '?'}, ${weaponsOf(claim)}; ${claim.status}; chain ${claim.chain.join(' › ') || 'none'}`;
  return html`<li id="x-claim-${i}" data-summary="${summary}">
<a href="#claim-${idPart(claim.id)}">${claim.id}</a> <strong>${claim.type.replace('_', ' ')}</strong>: ${claim.actor ?? '?'} → ${claim.target ?? '?'}
<span class="badge ${claim.status}">${claim.status}</span><br><span class="muted">${weaponsOf(claim)}${claim.quantity?.text ? `; ${claim.quantity.text}` : ''}; chain: ${claim.chain.join(' › ') || 'none'}</span>
<br><a href="${eventHref(claim)}">Its event</a></li>`;
}

/** How a claim links to its event: the event page when known, else the events list filtered to its kind. */
export type EventLink = (claim: Claim) => string;

/** A list of events that could hold this claim, as the events page filters them. */
export const filteredEventsLink: EventLink = (claim) =>
  `/events${queryString({ type: claim.type, actor: claim.actor, target: claim.target })}`;

/** The text with its highlights beside the list of what was extracted, for the document and paste pages. */
export function extractionView(
  extraction: Extraction,
  options: { readonly currentClaim?: string | undefined; readonly eventHref?: EventLink | undefined } = {},
): SafeHtml {
  const eventHref = options.eventHref ?? filteredEventsLink;
  return html`<p class="legend" aria-label="Highlight legend"><span class="hl-entity">entity</span><span class="hl-source">source</span><span class="hl-cue">reporting cue</span><span class="hl-quote">attributed content</span><span class="hl-claim">claim evidence</span></p>
<div class="doc">
<article aria-label="Document text"><div class="doc-text">${highlightText(extraction.document.text, highlightsOf(extraction), options.currentClaim)}</div></article>
<aside aria-label="What was extracted">
<h2>Claims (${extraction.claims.length})</h2>
<ol>${extraction.claims.map((c, i) => claimItem(c, i, eventHref))}</ol>
<h2>Attributions (${extraction.attributions.length})</h2>
<ol>${extraction.attributions.map(attributionItem)}</ol>
<h2>Entities (${extraction.entities.length})</h2>
<ul>${extraction.entities.map(entityItem)}</ul>
</aside>
</div>`;
}

/** The document page: its text with every entity, attribution and claim highlighted, and what was extracted. */
export function documentPage(
  doc: StoredDocument,
  options: { readonly currentClaim?: string | undefined; readonly eventHref?: EventLink | undefined } = {},
): SafeHtml {
  const url = safeUrl(doc.url);
  const body = html`<h1>${doc.title ?? doc.id}</h1>
<p class="muted">${doc.outlet ?? 'unknown outlet'} · ${doc.published ?? 'undated'}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''} · <code>${doc.id}</code></p>
${doc.warnings.length > 0 ? html`<ul class="muted">${doc.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ''}
${extractionView(doc.extraction, options)}`;
  return page({ title: doc.title ?? doc.id, section: 'documents', body });
}
