import type { Command } from 'commander';
import { ExitCode, NotFoundError } from '../../errors.js';
import type { Cli } from '../cli.js';
import { formatExtraction } from '../format-extraction.js';
import { DB_HELP, parseOptions, ShowOptions } from '../options.js';
import { displayStore } from '../store-location.js';
import { withStore } from '../with-store.js';

/** `corroborate show DOC_ID [--db FILE] [--json]`: prints a stored document's extraction. */
export function defineShow(command: Command, { io, finish }: Cli): void {
  command
    .description("print a stored document's extraction")
    .argument('<doc-id>', 'a document id as `documents` lists it (doc_ + 16 hex digits)')
    .option('--db <store>', DB_HELP)
    .option('--json', 'print the extraction as one line of JSON, as `extract --json` does')
    .action(async (id: string, raw: unknown) => {
      const options = parseOptions(ShowOptions, raw);
      const stored = await withStore(options.db, (store) => store.getDocument(id), { mustExist: true });
      if (stored === null) throw new NotFoundError(`no document ${id} in ${displayStore(options.db)}`);
      await io.out(
        options.json
          ? `${JSON.stringify(stored.extraction)}\n`
          : formatExtraction(stored.extraction, stored.origin),
      );
      finish(ExitCode.ok);
    });
}
