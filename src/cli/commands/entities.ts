import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { DB_HELP, EntitiesOptions, parseOptions } from '../options.js';
import { withStore } from '../with-store.js';

/** `corroborate entities [--kind KIND] [--db FILE] [--json]`: the entities across the store. */
export function defineEntities(command: Command, { io, finish }: Cli): void {
  command
    .description('list the entities across the store, with how many documents mention each')
    .option(
      '--kind <kind>',
      'only this kind: country, person, outlet, organization, igo, group, weapon_system, region',
    )
    .option('--db <store>', DB_HELP)
    .option('--limit <n>', 'show at most N entities (default 100)')
    .option('--json', 'print a JSON array')
    .action(async (raw: unknown) => {
      const options = parseOptions(EntitiesOptions, raw);
      const query = { limit: options.limit, ...(options.kind === undefined ? {} : { kind: options.kind }) };
      const entities = await withStore(options.db, (store) => store.listEntities(query), { mustExist: true });
      if (options.json) {
        await io.out(`${JSON.stringify(entities)}\n`);
      } else {
        for (const e of entities) {
          await io.out(
            `${e.id.padEnd(28)} ${e.kind.padEnd(14)} ${e.name}  (${e.documents} documents, ${e.mentions} mentions)\n`,
          );
        }
      }
      finish(ExitCode.ok);
    });
}
