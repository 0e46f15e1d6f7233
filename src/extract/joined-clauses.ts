import type { Attr } from './attributions.js';

/** The joint right before a second speaker's own clause: ", and", ", but", ", while", ", whereas". */
const JOINT = /,\s*(?:and|but|while|whereas)\s+(?:the\s+)?$/i;
/** Words a subject may stand from its verb by: "Seoul later estimated", "Reznikov said earlier". */
const NEAR_CUE = /^[\s\p{L}.-]{0,24}$/u;

/**
 * "The White House said the North had shipped containers, and Seoul later estimated that millions of shells
 * had followed": a speaker who opens a clause joined to another's reported words speaks in the writer's
 * voice, not inside those words. The first speaker's words end at the joint, so the second is no link of its
 * chain and a claim in the second clause takes the second speaker. The spans are changed in place.
 */
export function endAtJoinedSpeakers(attrs: readonly Attr[], text: string): void {
  for (const b of attrs) {
    const m = b.source.mention;
    if (!m || b.documentLevel || b.carrier || b.writer || b.cueStart < m.end) continue;
    if (!NEAR_CUE.test(text.slice(m.end, b.cueStart))) continue;
    for (const a of attrs) {
      if (a === b || a.documentLevel || a.mode !== 'indirect') continue;
      if (m.start <= a.contentStart || m.start >= a.contentEnd || a.cueEnd > a.contentStart) continue;
      const before = text.slice(a.contentStart, m.start);
      const joint = JOINT.exec(before);
      if (!joint || /[.;:"“”]/.test(before.slice(0, joint.index).slice(-1))) continue;
      a.contentEnd = a.contentStart + joint.index;
    }
  }
}
