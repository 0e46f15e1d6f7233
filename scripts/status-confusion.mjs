// Status confusion on the dev corpora (after `npm run build`): gold claims matched to ours by event (type,
// actor, target, weapon, preferring the same status), gold status against ours, each error with its sentence.
// Usage: node scripts/status-confusion.mjs [gold-dir ...]; never run it on corpus/test (held out).
import { extractInputs, loadKnowledge } from '../dist/index.js';
import { readGoldDir } from '../dist/eval/index.js';
import { maxMatching, valueOk, weaponOk } from '../dist/eval/match.js';
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['corpus/sample', 'corpus/scenario', 'corpus/dev2', 'corpus/dev3', '../shared/seed'];
const knowledge = loadKnowledge();
const table = new Map();
const errors = [];
for (const dir of dirs) {
  for (const { name, gold, documentPath } of await readGoldDir(dir)) {
    let ex = null;
    for await (const r of extractInputs([documentPath], { knowledge })) { if (r.ok) ex = r.extraction; break; }
    if (!ex) continue;
    const g = gold.claims.flatMap((c) => (c.weapons?.length ? c.weapons : [null]).map((slot) => ({ c, slot })));
    const s = ex.claims.flatMap((c) => (c.weapons.length ? c.weapons.map((w) => w.class) : [null]).map((w) => ({ c, w })));
    const ok = (a, b) => valueOk(a.c.type, b.c.type) && valueOk(a.c.actor, b.c.actor) && valueOk(a.c.target, b.c.target) && weaponOk(a.slot, b.w);
    const owner = maxMatching(g, s, ok, (a, b) => valueOk(a.c.status, b.c.status));
    const seen = new Set();
    for (const [j, i] of owner) {
      const gc = g[i].c, sc = s[j].c;
      if (seen.has(sc)) continue; seen.add(sc);
      const key = `${gc.status} -> ${sc.status}`;
      const right = valueOk(gc.status, sc.status);
      table.set(key, (table.get(key) ?? 0) + 1);
      if (!right) errors.push(`${dir.split('/').pop()}/${name}: gold ${gc.status} ours ${sc.status}: ${sc.type} ${sc.actor}>${sc.target}${gc.optional ? ' (opt)' : ''}\n    ${sc.evidence?.text ?? ''}`);
    }
  }
}
for (const [k, v] of [...table].sort()) console.log(`${v.toString().padStart(4)} ${k}${k.split(' -> ')[0].split('|').includes(k.split(' -> ')[1]) ? '' : '   ✗'}`);
console.log(`\n${errors.length} errors`);
for (const e of errors) console.log(e);
