import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { DB_HELP, DocumentsOptions, parseOptions } from '../options.js';
import { withStore } from '../with-store.js';

/** `corroborate documents [--db FILE] [--limit N] [--json]`: lists stored documents with their counts. */
export function defineDocuments(command: Command, { io, finish }: Cli): void {
  command
    .description('list the stored documents, newest publication date first')
    .option('--db <store>', DB_HELP)
    .option('--limit <n>', 'show at most N documents (default 50)')
    .option('--json', 'print a JSON array')
    .action(async (raw: unknown) => {
      const options = parseOptions(DocumentsOptions, raw);
      const documents = await withStore(
        options.db,
        (store) => store.listDocuments({ limit: options.limit, offset: 0 }),
        { mustExist: true },
      );
      if (options.json) {
        await io.out(`${JSON.stringify(documents)}\n`);
      } else {
        for (const d of documents) {
          const counts = `${d.entities} entities, ${d.attributions} attributions, ${d.claims} claims`;
          const label = d.title ?? d.origin ?? '';
          await io.out(`${d.id}  ${d.published ?? 'undated   '}  ${d.outlet ?? '-'}  ${counts}  ${label}\n`);
        }
        if (documents.length === 0) io.err('the store has no documents\n');
      }
      finish(ExitCode.ok);
    });
}
