import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const rows = db.prepare('select data from events order by id').all();
const out = rows.map((r) => { const e = JSON.parse(r.data); return JSON.stringify({ id: e.id, status: e.status, claims: e.claims.map((c) => c.document + '#' + c.claim).sort(), related: e.related, o: e.independentOrigins }); });
console.log(out.join('\n'));
