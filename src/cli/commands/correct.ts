import type { Command } from 'commander';
import { z } from 'zod';
import type { StoredCorrection } from '../../domain/correction.js';
import { ExitCode } from '../../errors.js';
import type { Store } from '../../index.js';
import type { Cli } from '../cli.js';
import { DB_HELP, parseOptions, StoreOption } from '../options.js';
import { withStore } from '../with-store.js';

const Signed = z.object({
  db: StoreOption,
  by: z.string().trim().min(1, 'the analyst name is required (--by NAME)'),
  reason: z.string().trim().min(1, 'a reason is required (--reason TEXT)'),
  json: z.boolean().default(false),
});

// "null" (or "none") empties a party: the claim names no actor or no target.
const Party = z
  .string()
  .trim()
  .min(1)
  .transform((v) => (v === 'null' || v === 'none' ? null : v));

const ClaimOptions = Signed.extend({
  wrong: z.boolean().optional(),
  status: z.string().optional(),
  source: z.string().optional(),
  actor: Party.optional(),
  target: Party.optional(),
  weapons: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean),
    )
    .optional(),
});

const signedOptions = (command: Command) =>
  command
    .requiredOption('--by <name>', 'who makes the correction (recorded with it)')
    .requiredOption('--reason <text>', 'why (recorded with it)')
    .option('--db <store>', DB_HELP)
    .option('--json', 'print the recorded correction as JSON');

async function recorded(cli: Cli, store: Store, request: unknown, json: boolean): Promise<void> {
  const { correct } = await import('../../index.js');
  const outcome = await correct(request, { store, now: cli.io.now });
  if (json) {
    await cli.io.out(`${JSON.stringify(outcome)}\n`);
    return;
  }
  const lines = [`recorded ${outcome.correction.id} by ${outcome.correction.analyst}`];
  for (const id of outcome.events) {
    const event = await store.getEvent(id);
    lines.push(
      event === null
        ? `  ${id}  (no longer an event)`
        : `  ${id}  ${event.status}  grade ${event.grade.reliability}${event.grade.credibility}  ${event.claims.length} claim(s)`,
    );
  }
  await cli.io.out(`${lines.join('\n')}\n`);
}

/** `corroborate correct claim|exclude|merge|split ...`: records an analyst's correction and derives the events again. */
export function defineCorrect(command: Command, cli: Cli): void {
  command.description(
    "correct the store's reading: a claim, a document, or how claims are grouped into events",
  );
  signedOptions(
    command
      .command('claim')
      .description('mark a claim wrong, or set its status, source, parties or weapons')
      .argument('<doc-id>', 'the document (doc_ + 16 hex digits)')
      .argument('<claim-id>', 'the claim of the document, as `show` lists it (c1, c2, ...)')
      .option('--wrong', 'the claim is plainly wrong: drop it')
      .option('--status <status>', 'asserted, denied, unconfirmed, possible, planned or conditional')
      .option('--source <name>', 'who makes the claim')
      .option('--actor <id>', 'the party that acts (an id such as IRN, or null)')
      .option('--target <id>', 'the party acted on (an id such as RUS, or null)')
      .option('--weapons <classes>', 'weapon classes, comma-separated (drone,ballistic_missile)'),
  ).action(async (document: string, claim: string, raw: unknown) => {
    const { db, by, reason, json, ...fields } = parseOptions(ClaimOptions, raw);
    const fix = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    await withStore(
      db,
      (store) => recorded(cli, store, { kind: 'claim', analyst: by, reason, document, claim, fix }, json),
      { mustExist: true },
    );
    cli.finish(ExitCode.ok);
  });
  signedOptions(
    command
      .command('exclude')
      .description('exclude a document: its claims leave every event')
      .argument('<doc-id>', 'the document (doc_ + 16 hex digits)'),
  ).action(async (document: string, raw: unknown) => {
    const { db, by, reason, json } = parseOptions(Signed, raw);
    const request = { kind: 'exclude_document', analyst: by, reason, document };
    await withStore(db, (store) => recorded(cli, store, request, json), { mustExist: true });
    cli.finish(ExitCode.ok);
  });
  signedOptions(
    command
      .command('merge')
      .description('merge an event into another: one real happening told as two')
      .argument('<event-id>', 'the event merged away')
      .argument('<into-id>', 'the event that keeps every claim'),
  ).action(async (event: string, into: string, raw: unknown) => {
    const { db, by, reason, json } = parseOptions(Signed, raw);
    const request = { kind: 'merge_events', analyst: by, reason, event, into };
    await withStore(db, (store) => recorded(cli, store, request, json), { mustExist: true });
    cli.finish(ExitCode.ok);
  });
  signedOptions(
    command
      .command('split')
      .description('move chosen claims of an event to a new event')
      .argument('<event-id>', 'the event to split')
      .argument('<claims...>', 'the claims to move, each DOC_ID:CLAIM_ID'),
  ).action(async (event: string, refs: string[], raw: unknown) => {
    const { db, by, reason, json } = parseOptions(Signed, raw);
    const claims = refs.map((ref) => {
      const [document = '', claim = ''] = ref.split(':');
      return { document, claim };
    });
    const request = { kind: 'split_event', analyst: by, reason, event, claims };
    await withStore(db, (store) => recorded(cli, store, request, json), { mustExist: true });
    cli.finish(ExitCode.ok);
  });
}

/** One correction as a history line: when, who, what, before and after, why. */
export function historyLine(c: StoredCorrection): string {
  const what =
    c.claim === null ? (c.document ?? '') : `${c.document} @${c.claim.start}-${c.claim.end} ${c.claim.type}`;
  return `${c.at}  ${c.analyst}  ${c.kind} ${what}\n    before ${JSON.stringify(c.before)}\n    after  ${JSON.stringify(c.after)}\n    why    ${c.reason}`;
}

const ReadOptions = z.object({ db: StoreOption, json: z.boolean().default(false) });

/** `corroborate history EVENT`: the corrections that touched an event, oldest first. */
export function defineHistory(command: Command, { io, finish }: Cli): void {
  command
    .description('list the corrections that changed an event: who, when, why, before and after')
    .argument('<event-id>', 'an event id as `events` lists it')
    .option('--db <store>', DB_HELP)
    .option('--json', 'print the history as JSON')
    .action(async (event: string, raw: unknown) => {
      const options = parseOptions(ReadOptions, raw);
      const history = await withStore(options.db, (store) => store.eventHistory(event), { mustExist: true });
      if (options.json) await io.out(`${JSON.stringify({ event, history })}\n`);
      else if (history.length === 0) await io.out(`no corrections of ${event}\n`);
      else await io.out(`${history.map(historyLine).join('\n')}\n`);
      finish(ExitCode.ok);
    });
}

/** `corroborate export-gold DIR`: the corrected documents as gold files, to score extraction against. */
export function defineExportGold(command: Command, { io, finish }: Cli): void {
  command
    .description('write every corrected document and its gold file (docs/GOLD.md) into a folder')
    .argument('<dir>', 'the folder to write (created if need be)')
    .option('--db <store>', DB_HELP)
    .action(async (dir: string, raw: unknown) => {
      const options = parseOptions(ReadOptions, raw);
      const { exportGold } = await import('../../corrections/index.js');
      const done = await withStore(options.db, (store) => exportGold(store, dir), { mustExist: true });
      await io.out(
        `wrote ${done.written.length} gold file(s) to ${dir}${done.excluded.length > 0 ? `; ${done.excluded.length} excluded document(s) left out` : ''}\n`,
      );
      finish(ExitCode.ok);
    });
}
