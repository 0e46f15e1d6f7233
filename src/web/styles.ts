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
.error { color: #c92a2a; }
textarea { width: 100%; min-height: 14rem; }
.form-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: .5rem 1rem; margin-bottom: .75rem; }
.form-grid label { display: flex; flex-direction: column; }
@media (max-width: 760px) {
  .doc { grid-template-columns: 1fr; }
  .doc aside { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); }
  .search { margin-left: 0; width: 100%; }
  .search input { flex: 1; }
  .graph { height: 320px; }
}
`;
