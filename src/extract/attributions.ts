/** Attributions live in ./attributions/: this path stays for the modules that import it. */
export { type Attr, findAttributions, REPORT_WORDS } from './attributions/index.js';
