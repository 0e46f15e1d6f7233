import { groups } from './cases/index.js';
import { runCase, tally } from './suite.js';

/** Prints the behaviour suite: each group's share of checks passed, then every failed check with the claims read. */
const all = groups.map((g) => ({ group: g.group, results: g.cases.map(runCase) }));
for (const { group, results } of all) {
  const t = tally(results);
  console.log(`${group.padEnd(10)} checks ${t.passed}/${t.checks}  cases whole ${t.whole}/${t.cases}`);
}
const t = tally(all.flatMap((g) => g.results));
console.log(
  `${'all'.padEnd(10)} checks ${t.passed}/${t.checks} (${(t.passed / t.checks).toFixed(3)})  cases whole ${t.whole}/${t.cases}`,
);
if (process.argv.includes('--quiet')) process.exit(0);
for (const { results } of all) {
  for (const r of results) {
    const failed = r.checks.filter((k) => !k.ok);
    if (failed.length === 0) continue;
    console.log(`\n${r.id} (${r.probes})`);
    for (const k of failed) console.log(`  FAILED ${k.what}`);
    for (const c of r.claims) console.log(`    read ${c}`);
  }
}
