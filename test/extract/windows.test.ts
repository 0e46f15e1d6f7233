import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { extract } from '../../src/extract/index.js';
import { extractInWindows, WINDOW_CHARS } from '../../src/extract/windows.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { sourceDocument } from './helpers.js';

const kb = loadKnowledge();

// Short stories, each complete in itself: named sources, no pronoun that could reach into another.
const STORIES = [
  'The Pentagon said North Korea shipped artillery shells to Russia in October.\n\nPyongyang described the claims as baseless.',
  'Ukrainian intelligence said Iran delivered Shahed drones to Russia.\n\nThe European Union imposed sanctions on Iran over the drones.',
  'Germany sent IRIS-T air defence systems to Ukraine, Defence Minister Boris Pistorius said on Tuesday.',
  'The White House said Russia used North Korean ballistic missiles against Ukraine.\n\n"We will impose additional sanctions against Iran," Jake Sullivan said.',
];

/** The claims as lines with their evidence offsets moved by `by`, in text order (answers come last in a window). */
function lines(ex: Extraction, by = 0): string[] {
  return ex.claims
    .map(
      (c) =>
        `${c.evidence.start + by}-${c.evidence.end + by} ${c.type} ${c.actor}>${c.target} [${c.weapons.map((w) => w.class).join(',')}] ${c.status} ${c.chain.join('>')}`,
    )
    .sort((x, y) => Number.parseInt(x, 10) - Number.parseInt(y, 10) || x.localeCompare(y));
}

/** Every span of the output reads the text it points at. */
function spansHold(ex: Extraction): void {
  const text = ex.document.text;
  for (const c of ex.claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  for (const a of ex.attributions) {
    expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
    if (a.cueSpan) expect(text.slice(a.cueSpan.start, a.cueSpan.end)).toBe(a.cueSpan.text);
    const m = a.source.mention;
    if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const e of ex.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  const ids = new Set(ex.attributions.map((a) => a.id));
  for (const a of ex.attributions) if (a.parent) expect(ids.has(a.parent)).toBe(true);
  for (const c of ex.claims) if (c.source) expect(ids.has(c.source)).toBe(true);
}

describe('a document longer than a window', () => {
  const parts = Array.from({ length: 60 }, (_, i) => STORIES[i % STORIES.length] as string);
  const text = parts.join('\n\n');
  const sizes = { window: 2_000, lead: 600, trail: 300 };

  it('gives the claims of its parts, each at its own place in the document', () => {
    const whole = extractInWindows(sourceDocument(text), kb, {}, undefined, sizes);
    const expected: string[] = [];
    let at = 0;
    for (const part of parts) {
      expected.push(...lines(extract(sourceDocument(part), kb), at));
      at += part.length + 2;
    }
    expect(text.length).toBeGreaterThan(3 * sizes.window);
    expect(lines(whole)).toEqual(expected);
    spansHold(whole);
  });

  it('reads the same as one window when the windows cut nothing the passes join', () => {
    const windowed = extractInWindows(sourceDocument(text), kb, {}, undefined, sizes);
    const one = extractInWindows(sourceDocument(text), kb, {}, undefined, {
      window: text.length + 1,
      lead: 0,
      trail: 0,
    });
    expect(lines(windowed)).toEqual(lines(one));
    expect(windowed.attributions.map((a) => [a.cueSpan?.start, a.source.name, a.parent])).toEqual(
      one.attributions.map((a) => [a.cueSpan?.start, a.source.name, a.parent]),
    );
    expect(windowed.entities.map((e) => [e.id, e.mentions.length])).toEqual(
      one.entities.map((e) => [e.id, e.mentions.length]),
    );
  });

  it('keeps the document-level report and a speaker whose words cross a window break', () => {
    const head = 'Censor.NET reports citing Ukrinform.\n\n';
    const quote =
      '"We will bring this issue to the UN Security Council.\n\nWe will impose additional sanctions against Iran," Jake Sullivan said.';
    const body = `${head}${parts.slice(0, 20).join('\n\n')}\n\n${quote}\n\n${parts.slice(0, 20).join('\n\n')}`;
    const doc = sourceDocument(body, 'Censor.NET');
    const windowed = extractInWindows(doc, kb, {}, undefined, sizes);
    spansHold(windowed);
    expect(windowed.attributions.slice(0, 2).map((a) => [a.source.name, a.content.end])).toEqual([
      ['Censor.NET', body.length],
      ['Ukrinform', body.length],
    ]);
    const sanction = windowed.claims.find((c) => c.type === 'sanction' && c.chain.includes('Jake Sullivan'));
    expect(sanction?.chain.slice(0, 2)).toEqual(['Censor.NET', 'Ukrinform']);
    expect(body.slice(sanction?.evidence.start, sanction?.evidence.end)).toContain('sanctions against Iran');
  });

  it('stops at its time budget with the claims read so far and a warning', () => {
    let clock = 0;
    // Each look at the clock takes a second: the budget of 20 runs out a few windows in.
    const out = extractInWindows(
      sourceDocument(text),
      kb,
      { budgetMs: 20_000 },
      () => (clock += 1000),
      sizes,
    );
    const warning = out.warnings?.find((w) => w.startsWith('extraction stopped after 20000 ms'));
    const at = Number(/at character (\d+)/.exec(warning ?? '')?.[1]);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(text.length);
    expect(out.claims.length).toBeGreaterThan(0);
    expect(out.claims.every((c) => c.evidence.start < at)).toBe(true);
    spansHold(out);
  });

  it('is read in windows only past the window size: a shorter document reads as before', () => {
    const short = sourceDocument(parts.slice(0, 4).join('\n\n'));
    expect(short.text.length).toBeLessThan(WINDOW_CHARS);
    const one = extractInWindows(short, kb, {}, undefined, { window: WINDOW_CHARS, lead: 0, trail: 0 });
    expect(lines(extract(short, kb))).toEqual(lines(one));
  });
});
