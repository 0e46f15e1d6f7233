/**
 * The grounds of a sanction: "The EU imposed sanctions on Shahed Aviation Industries for supplying Russia with
 * drones". Who sanctions for a transfer says the transfer happened; the transfer is their claim, not the
 * outlet's, so the sanctioner becomes an attribution whose words are the grounds.
 */
import type { Source } from '../../domain/extraction.js';
import type { Attr } from '../attributions.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import type { Parsed } from '../text.js';
import type { Draft } from './types.js';

/** The words that open the grounds of a sanction: "for supplying", "over the deliveries of". */
const GROUNDS = /^(for|over)$/;

/** Attributions for the sanctioners whose grounds name a transfer or a use the same sentence tells. */
export function sanctionGrounds(
  parsed: Parsed,
  index: MentionIndex,
  drafts: readonly Draft[],
  attrs: readonly Attr[],
): Attr[] {
  const out: Attr[] = [];
  const { tokens } = parsed;
  for (const s of drafts) {
    if (s.type !== 'sanction' || !s.actor || s.status !== 'asserted') continue;
    const sent = parsed.sentences[s.sent];
    if (!sent) continue;
    for (const d of drafts) {
      if (d.sent !== s.sent || d.trigger <= s.trigger || (d.type !== 'transfer' && d.type !== 'military_use'))
        continue;
      const opener = tokens[d.trigger - 1];
      if (!opener || !GROUNDS.test(opener.lower)) continue;
      const source = sanctioner(parsed, index, sent.first, opener.i, s.actor);
      const cue = tokens[s.trigger];
      if (!source || !cue || out.some((a) => a.contentStart === opener.start)) continue;
      out.push({
        id: `a${attrs.length + out.length + 1}`,
        source,
        cue: cue.text,
        cueStart: cue.start,
        cueEnd: cue.end,
        mode: 'indirect',
        force: 'say',
        contentStart: opener.start,
        contentEnd: sent.start + parsed.text.slice(sent.start, sent.end).replace(/[\s.!?]+$/, '').length,
        parent: null,
        viaPublication: false,
        documentLevel: false,
      });
    }
  }
  return out;
}

/** The sanctioner as the sentence names it ("the US Treasury", "The European Union"), by entity or by state. */
function sanctioner(
  parsed: Parsed,
  index: MentionIndex,
  first: number,
  before: number,
  actor: string,
): Source | null {
  for (let k = first; k < before; k++) {
    const m = mentionAt(index, k);
    if (!m?.entity || m.first !== k) continue;
    const info = index.entities.get(m.entity);
    const ofActor = m.entity === actor || (m.kind === 'organization' && info?.country === actor);
    if (!ofActor || !info || !/^(country|igo|organization)$/.test(m.kind)) continue;
    // "the US Treasury": a state's name before a body of it names the body.
    const next = mentionAt(index, m.last + 1);
    let end = m.last;
    while (m.kind === 'country' && /^(PROPN)$/.test(parsed.tokens[end + 1]?.pos ?? '') && !next) end++;
    const last = parsed.tokens[end];
    const text = parsed.text.slice(m.start, last?.end ?? m.end);
    return {
      name: end > m.last ? text : info.name,
      entity: m.kind === 'organization' ? info.id : actor,
      kind: m.kind === 'country' ? 'government' : 'organization',
      role: null,
      country: info.country ?? (m.kind === 'country' ? actor : null),
      mention: { start: m.start, end: last?.end ?? m.end, text },
    };
  }
  return null;
}
