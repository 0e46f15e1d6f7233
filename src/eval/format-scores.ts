import type { Scores } from './score.js';

// score.py prints with Python's json and str(); these helpers give the same bytes, so the two
// outputs can be compared with diff.

/** A string as Python's json.dumps writes it (ensure_ascii: everything outside space..~ escaped). */
function pyString(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** A float as Python's repr writes it: `1.0`, `0.5`. */
function pyFloat(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

// `floats` says whether the numbers below are Python floats (scores) or ints (counts).
function pyDumps(value: Json, indent: number | null, depth: number, floats: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return floats ? pyFloat(value) : String(value);
  if (typeof value === 'string') return pyString(value);
  const entries: [string | null, Json][] = Array.isArray(value)
    ? (value as readonly Json[]).map((v) => [null, v])
    : Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, v] as [string, Json]]));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const items = entries.map(
    ([k, v]) =>
      (k === null ? '' : `${pyString(k)}: `) + pyDumps(v, indent, depth + 1, floats && k !== 'counts'),
  );
  if (indent === null) return `${open}${items.join(', ')}${close}`;
  const inner = `\n${' '.repeat(indent * (depth + 1))}`;
  return `${open}${inner}${items.join(`,${inner}`)}\n${' '.repeat(indent * depth)}${close}`;
}

/** The scores as `score.py --json` prints them (`json.dumps(result, indent=1)`). */
export function scoresToJson(scores: Scores): string {
  return pyDumps(scores as unknown as Json, 1, 0, true);
}

/** The scores as `score.py` prints them without `--json`: one line per measure, then the detail. */
export function scoresToText(scores: Scores): string {
  const lines: string[] = [];
  for (const key of ['event', 'event_status', 'event_status_source'] as const) {
    const [p, r, f] = scores[key];
    lines.push(`${key.padEnd(22)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)}`);
  }
  for (const key of ['entity_recall', 'source_recall', 'published_accuracy', 'outlet_accuracy'] as const) {
    const value = scores[key];
    lines.push(`${key.padEnd(22)} ${value === null ? 'None' : pyFloat(value)}`);
  }
  for (const d of scores.detail ?? []) {
    lines.push(`-- ${d.doc}`);
    for (const m of d.missed) lines.push(`   missed: ${m}`);
    for (const e of d.extra) lines.push(`   extra:  ${pyDumps(e as unknown as Json, null, 0, true)}`);
  }
  return `${lines.join('\n')}\n`;
}
