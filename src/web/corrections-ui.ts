import type { StoredCorrection } from '../domain/correction.js';
import type { Event, EventClaim } from '../domain/event.js';
import { ClaimStatus } from '../domain/extraction.js';
import { html, type SafeHtml } from './html.js';

/** What the event page needs to show the analyst's corrections: the event's history and whether forms need the token. */
export interface CorrectionsView {
  readonly event: Event;
  readonly history: readonly StoredCorrection[];
  readonly needsToken: boolean;
}

const label = (value: string) => value.replaceAll('_', ' ');

// Who corrects and why: the same two required fields, and the token beyond loopback, on every form.
function signature(view: CorrectionsView): SafeHtml {
  const token = view.needsToken
    ? html`<label>Token<input name="token" type="password" autocomplete="off" maxlength="1000" required></label>`
    : '';
  return html`<label>Reason<input name="reason" maxlength="2000" required></label>
<label>Your name<input name="analyst" maxlength="100" autocomplete="name" required></label>${token}`;
}

const action = (event: Event) => `/events/${encodeURIComponent(event.id)}/corrections`;

/** The "correct" control of one claim of the event: a folded form for its status, source and parties, or to mark it wrong. */
export function claimCorrection(view: CorrectionsView, claim: EventClaim): SafeHtml {
  const { event } = view;
  const options = ClaimStatus.options.map(
    (s) => html`<option value="${s}"${s === claim.status ? ' selected' : ''}>${label(s)}</option>`,
  );
  return html`<details class="correct"><summary>Correct this claim</summary>
<form action="${action(event)}" method="post"><input type="hidden" name="kind" value="claim"><input type="hidden" name="document" value="${claim.document}"><input type="hidden" name="claim" value="${claim.claim}">
<div class="form-grid">
<label>Status<select name="status">${options}</select></label>
<label>Source<input name="source" value="${claim.source ?? ''}" maxlength="200"></label>
<label>Actor<input name="actor" value="${event.actor ?? ''}" maxlength="100"></label>
<label>Target<input name="target" value="${event.target ?? ''}" maxlength="100"></label>
<label>Weapon classes<input name="weapons" value="${claim.weapons.map((w) => w.class).join(', ')}" maxlength="300"></label>
<label><span><input type="checkbox" name="wrong" value="yes"> The claim is wrong: drop it</span></label>
${signature(view)}
</div><button type="submit">Save correction</button></form></details>`;
}

function describe(c: StoredCorrection): string {
  const parts = Object.keys(c.after).map(
    (k) => `${label(k)}: ${JSON.stringify(c.before[k] ?? null)} → ${JSON.stringify(c.after[k])}`,
  );
  return `${label(c.kind)}${c.document ? ` in ${c.document}` : ''}; ${parts.join('; ')}`;
}

function historyList(history: readonly StoredCorrection[]): SafeHtml {
  if (history.length === 0) return html`<p class="muted">No corrections yet.</p>`;
  return html`<ol class="history">${[...history]
    .reverse()
    .map(
      (c) =>
        html`<li><strong>${c.analyst}</strong>, <time datetime="${c.at}">${c.at.slice(0, 16).replace('T', ' ')}</time>: ${describe(c)}<br><span class="muted">Why: ${c.reason}</span></li>`,
    )}</ol>`;
}

/** The event's corrections section: its history, and the forms to exclude a document, merge the event or split it. */
export function correctionsSection(view: CorrectionsView): SafeHtml {
  const { event } = view;
  const documents = [...new Map(event.claims.map((c) => [c.document, c])).values()];
  return html`<section id="history" aria-labelledby="history-title"><h2 id="history-title">Corrections and history</h2>
${historyList(view.history)}
<details class="correct"><summary>Exclude a document from the evidence</summary>
<form action="${action(event)}" method="post"><input type="hidden" name="kind" value="exclude_document"><div class="form-grid">
<label>Document<select name="document">${documents.map((c) => html`<option value="${c.document}">${c.outlet ?? 'unknown outlet'}, ${c.published ?? 'undated'} (${c.document})</option>`)}</select></label>
${signature(view)}</div><button type="submit">Exclude document</button></form></details>
<details class="correct"><summary>Merge this event into another</summary>
<form action="${action(event)}" method="post"><input type="hidden" name="kind" value="merge_events"><div class="form-grid">
<label>Event to merge into<input name="into" required pattern="[\\w.:\\-]{1,200}" maxlength="200"></label>
${signature(view)}</div><button type="submit">Merge</button></form></details>
<details class="correct"><summary>Split claims into a new event</summary>
<form action="${action(event)}" method="post"><input type="hidden" name="kind" value="split_event">
<fieldset><legend>Claims to move</legend>${event.claims.map(
    (c) =>
      html`<label class="split-claim"><input type="checkbox" name="claims" value="${c.document}:${c.claim}"> ${c.outlet ?? 'unknown outlet'}, ${c.published ?? 'undated'}, ${label(c.status)}: ${c.evidence.slice(0, 120)}</label><br>`,
  )}</fieldset>
<div class="form-grid">${signature(view)}</div><button type="submit">Split</button></form></details>
</section>`;
}
