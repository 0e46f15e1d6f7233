import type { Attr } from './types.js';

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
  // Reported words that can be cut: indirect, with the cue before them, by their start.
  const cuttable = attrs
    .filter((a) => !a.documentLevel && a.mode === 'indirect' && a.cueEnd <= a.contentStart)
    .sort((x, y) => x.contentStart - y.contentStart);
  const starts = cuttable.map((a) => a.contentStart);
  for (const b of attrs) {
    const m = b.source.mention;
    if (!m || b.documentLevel || b.carrier || b.writer || b.cueStart < m.end) continue;
    if (b.cueStart - m.end > 24 || !NEAR_CUE.test(text.slice(m.end, b.cueStart))) continue;
    // Only words that open within a clause's reach of the speaker: each pass stays bounded by its window.
    for (let i = firstAtOrAfter(starts, m.start - CLAUSE_REACH); i < cuttable.length; i++) {
      const a = cuttable[i] as Attr;
      if (a.contentStart >= m.start) break;
      if (a === b || m.start >= a.contentEnd) continue;
      const from = Math.max(a.contentStart, m.start - JOINT_REACH);
      const joint = JOINT.exec(text.slice(from, m.start));
      if (!joint) continue;
      const at = from + joint.index;
      if (at === a.contentStart || /[.;:"“”]/.test(text[at - 1] ?? '')) continue;
      a.contentEnd = at;
    }
  }
}

/** How far before a second speaker reported words may open and still be cut at the joint (a clause's reach). */
const CLAUSE_REACH = 2000;
/** The longest joint: a comma, spaces, the conjunction and "the". */
const JOINT_REACH = 40;

/** The first index of sorted `values` whose value is at least `value`. */
function firstAtOrAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
