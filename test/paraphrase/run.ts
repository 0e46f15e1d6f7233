import { themes } from './cases/index.js';
import { formatFailures, formatTable, kindCounts } from './report.js';
import { runSuite } from './suite.js';

/** Prints the paraphrase suite's table, failure kinds and (unless --quiet) every failing sentence. */
const results = runSuite(themes);
console.log(formatTable(results));
console.log('\nfailure kinds:');
for (const [kind, n] of kindCounts(results)) console.log(`  ${String(n).padStart(4)}  ${kind}`);
if (!process.argv.includes('--quiet')) console.log(`\n${formatFailures(results)}`);
