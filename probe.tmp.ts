import { run, claimLines, claimSources } from '/work/wt/paraphrase/test/extract/helpers.js';
import { readFileSync } from "node:fs";
const lines = readFileSync(0, "utf8").split("\n").filter(Boolean);
for (const l of lines) { const ex = run(l); console.log(l, '\n   ->', JSON.stringify(claimLines(ex)), JSON.stringify(claimSources(ex))); }
