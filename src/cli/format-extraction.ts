import type {
  Attribution,
  Claim,
  ClaimTime,
  EntityKind,
  Extraction,
  Quantity,
  Span,
} from '../domain/extraction.js';

const EXCERPT = 90;

// A span can run to the end of a 5 MB document: only as much of its head as the excerpt needs is
// flattened (the flattened head is a prefix of the flattened whole).
function excerpt(text: string): string {
  for (let head = 4 * EXCERPT; ; head *= 4) {
    const flat = text.slice(0, head).replace(/\s+/g, ' ').trim();
    if (flat.length > EXCERPT) return `${flat.slice(0, EXCERPT - 1)}…`;
    if (head >= text.length) return flat;
  }
}

// Evidence is what a reader checks a claim against, so it is shown whole, on one line.
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quantityText(quantity: Quantity | null | undefined): string | null {
  if (!quantity) return null;
  const { min, max, approximate, text } = quantity;
  let range: string | null = null;
  if (min != null && max != null) range = min === max ? String(min) : `${min}-${max}`;
  else if (min != null) range = `${min}+`;
  else if (max != null) range = `up to ${max}`;
  const number = range === null ? null : `${approximate ? '~' : ''}${range}`;
  if (number !== null && text) return `${number} ("${text}")`;
  return number ?? (text ? `"${text}"` : null);
}

function timeText(time: ClaimTime | null | undefined): string | null {
  if (!time) return null;
  const range = time.start && time.end && time.end !== time.start ? `${time.start}..${time.end}` : time.start;
  const value = range ?? time.end ?? null;
  if (value && time.text) return `${value} ("${time.text}")`;
  return value ?? (time.text ? `"${time.text}"` : null);
}

function spanText(span: Span, text: string): string {
  return span.text ?? text.slice(span.start, span.end);
}

// The chain of an attribution from the outermost speaker inwards: `Censor.NET > Ukrinform > John Kirby`.
function chainOf(attribution: Attribution, byId: ReadonlyMap<string, Attribution>): string {
  const names = [attribution.source.name];
  const seen = new Set([attribution.id]);
  let parent = attribution.parent === null ? undefined : byId.get(attribution.parent);
  while (parent !== undefined && !seen.has(parent.id)) {
    seen.add(parent.id);
    names.unshift(parent.source.name);
    parent = parent.parent === null ? undefined : byId.get(parent.parent);
  }
  return names.join(' > ');
}

/**
 * A claim's chain as the text names it, outlet first: "Reuters > two Western intelligence sources"; the
 * claim's own chain when it has one, else the chain of its attribution under the outlet.
 */
export function claimChain(
  claim: Claim,
  byId: ReadonlyMap<string, Attribution>,
  outlet: string | null,
): string {
  const chain = claim.chain.filter((name) => name.trim() !== '');
  if (chain.length === 0) {
    const a = claim.source === null ? undefined : byId.get(claim.source);
    chain.push(...(a ? chainOf(a, byId).split(' > ') : []));
  }
  if (outlet !== null && chain[0]?.toLowerCase() !== outlet.toLowerCase()) chain.unshift(outlet);
  return chain.join(' > ') || 'the document';
}

function claimLine(claim: Claim, byId: ReadonlyMap<string, Attribution>, outlet: string | null): string {
  const weapons = claim.weapons.map((w) => (w.system ? `${w.class}: ${w.system}` : w.class)).join(', ');
  const source = claimChain(claim, byId, outlet);
  return `${claim.type} ${claim.actor ?? '?'} -> ${claim.target ?? '?'} [${weapons}] ${claim.status} (${source})`;
}

/** A readable summary of one extraction: document header, entities by kind, attributions as chains, claims. */
export function formatExtraction(extraction: Extraction, origin: string | null = null): string {
  const { document: doc, entities, attributions, claims } = extraction;
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const lines = [
    `${doc.id}  ${doc.published ?? 'undated'}  ${doc.outlet ?? 'unknown outlet'}${origin ? `  ${origin}` : ''}`,
  ];
  if (doc.title) lines.push(`title: ${doc.title}`);
  if (doc.url) lines.push(`url: ${doc.url}`);

  lines.push('', `entities (${entities.length})`);
  const byKind = new Map<EntityKind, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), `${e.name} [${e.id}]`]);
  for (const [kind, names] of byKind) lines.push(`  ${kind.padEnd(14)} ${names.join(', ')}`);

  lines.push('', `attributions (${attributions.length})`);
  for (const a of attributions) {
    lines.push(`  ${a.id} ${chainOf(a, byId)} (${a.cue}): "${excerpt(spanText(a.content, doc.text))}"`);
  }

  lines.push('', `claims (${claims.length})`);
  for (const c of claims) {
    lines.push(`  ${claimLine(c, byId, doc.outlet)}`);
    const quantity = quantityText(c.quantity);
    const time = timeText(c.time);
    if (quantity !== null) lines.push(`      quantity: ${quantity}`);
    if (time !== null) lines.push(`      time: ${time}`);
    lines.push(`      "${flat(spanText(c.evidence, doc.text))}"`);
  }
  for (const warning of extraction.warnings ?? []) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}
