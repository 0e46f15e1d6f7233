/** The stylesheet of every page, served as /assets/app.css (no inline style, so the CSP forbids it). */
export const STYLESHEET = `
:root { --fg: #1b1f24; --muted: #57606a; --bg: #fff; --line: #d0d7de; --accent: #0b57d0; --soft: #f6f8fa;
  --ent: #fff3bf; --cue: #d3f9d8; --src: #c5f6fa; --quote: #f3f0ff; --claim: #e8590c; --current: #ffd8a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, mark:focus-visible, main:focus-visible {
  outline: 3px solid #fb8c00; outline-offset: 2px; }
.skip { position: absolute; left: -1000px; top: 0; background: #fff; padding: .5rem; z-index: 10; }
.skip:focus { left: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.brand { font-weight: 700; text-decoration: none; color: var(--fg); }
.top nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
.top nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--fg); }
.search { display: flex; gap: .25rem; margin-left: auto; }
input, select, textarea, button { font: inherit; }
input, select, textarea { border: 1px solid var(--line); border-radius: 4px; padding: .3rem .4rem; max-width: 100%; }
button { border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; padding: .3rem .8rem; cursor: pointer; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin-top: 1.5rem; }
.muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.card strong { display: block; font-size: 1.5rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); }
.chart { position: relative; height: 260px; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
.filters label { display: flex; flex-direction: column; font-size: .9rem; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.badge { display: inline-block; white-space: nowrap; padding: 0 .45rem; border-radius: 999px; background: #e7f5ff; border: 1px solid #a5d8ff; font-size: .85rem; }
.badge.denied, .badge.disputed { background: #fff5f5; border-color: #ffa8a8; }
.badge.corroborated, .badge.officially_confirmed { background: #ebfbee; border-color: #8ce99a; }
.doc { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.7; }
.doc aside { border-left: 1px solid var(--line); padding-left: 1rem; font-size: .92rem; }
.doc aside li { margin-bottom: .4rem; }
.doc aside li:target, .doc aside li.current { background: var(--current); }
mark.hl { background: transparent; color: inherit; border-radius: 2px; }
mark.hl-entity { background: var(--ent); }
mark.hl-source { background: var(--src); }
mark.hl-cue { background: var(--cue); }
mark.hl-quote { background-image: linear-gradient(var(--quote), var(--quote)); }
mark.hl-claim { border-bottom: 2px solid var(--claim); }
mark.current { background: var(--current); outline: 1px solid var(--claim); }
.legend span { display: inline-block; margin-right: .75rem; padding: 0 .3rem; }
.legend .hl-entity { background: var(--ent); } .legend .hl-source { background: var(--src); }
.legend .hl-cue { background: var(--cue); } .legend .hl-quote { background: var(--quote); }
.legend .hl-claim { border-bottom: 2px solid var(--claim); }
.tip { position: absolute; z-index: 20; max-width: 360px; background: #1b1f24; color: #fff; padding: .5rem .6rem; border-radius: 6px; font-size: .85rem; white-space: pre-line; pointer-events: none; }
.graph { position: relative; height: 420px; border: 1px solid var(--line); border-radius: 6px; }
.origins > li { margin-bottom: 1rem; }
.verdict { border: 2px solid var(--line); border-radius: 8px; padding: .25rem 1rem 1rem; background: var(--soft); }
.verdict h2 { margin-top: .5rem; }
.verdict-rows { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: .75rem; }
.verdict-row { background: #fff; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .25rem .75rem .5rem; }
.verdict-row h3 { font-size: 1rem; margin: .4rem 0; }
.verdict-row p { margin: .3rem 0; }
.verdict-row blockquote { margin: .3rem 0; overflow-wrap: anywhere; }
.stance-confirms { border-left-color: #2f9e44; } .stance-reports { border-left-color: #1864ab; }
.stance-denies { border-left-color: #c92a2a; } .stance-declines { border-left-color: #e67700; }
.icon { vertical-align: -2px; }
.legend-list { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; font-size: .9rem; }
.key-outlet, .key-source { display: inline-block; vertical-align: -2px; }
.key-outlet { width: 16px; height: 11px; background: #495057; }
.key-source { width: 11px; height: 11px; border-radius: 50%; background: #adb5bd; }
.timeline-wrap { overflow-x: auto; }
svg.timeline { width: 100%; min-width: 640px; height: auto; font-size: 13px; }
svg.timeline text { fill: var(--fg); }
svg.timeline .lane { stroke: var(--line); }
svg.timeline .axis, svg.timeline .tick { stroke: var(--muted); }
svg.timeline .flag { stroke: var(--muted); stroke-dasharray: 3 3; }
svg.timeline .count { font-size: 11px; }
.matrix td { text-align: center; } .matrix th[scope="row"] { white-space: nowrap; }
.prov-list { list-style: none; padding: 0; } .prov-list li { margin-bottom: .4rem; }
.origins details > summary { cursor: pointer; padding: .2rem 0; }
.claim-item { margin-bottom: .6rem; overflow-wrap: anywhere; }
.narrow-only { display: none; }
mark.hit { background: #ffec99; color: inherit; }
.results { list-style: none; padding: 0; } .results li { margin-bottom: .8rem; overflow-wrap: anywhere; }
.error { color: #c92a2a; }
textarea { width: 100%; min-height: 14rem; }
.form-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: .5rem 1rem; margin-bottom: .75rem; }
.form-grid label { display: flex; flex-direction: column; }
@media (max-width: 760px) {
  .doc { grid-template-columns: 1fr; }
  .doc aside { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); }
  .search { margin-left: 0; width: 100%; }
  .search input { flex: 1; }
  .graph, .wide-only { display: none; }
  .narrow-only { display: block; }
  /* Wide tables become one card per row, each cell labelled by its column. */
  table.stack, table.stack thead, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .6rem; padding: .25rem .5rem; }
  table.stack thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); padding: 0; border: 0; margin: 0; }
  table.stack td, table.stack th { border: 0; padding: .15rem 0; background: none; }
  table.stack td:empty { display: none; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
  table.stack tbody { margin-bottom: .6rem; }
  .filters { flex-direction: column; align-items: stretch; }
  .top nav ul { gap: .25rem .75rem; }
}
`;
