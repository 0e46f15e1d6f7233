import type { Command } from 'commander';
import { z } from 'zod';
import { ExitCode } from '../../errors.js';
import type { Cli } from '../cli.js';
import { DEFAULT_DB, parseOptions } from '../options.js';
import { withStore } from '../with-store.js';

/** The folder raw pages are kept in when `--pages` is not given. */
export const DEFAULT_PAGES_DIR = 'corroborate-pages';

const Positive = (what: string, max: number) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .positive(`expected ${what} above 0`)
    .max(max, `expected at most ${max}`);

/** Options of `fetch`. */
export const FetchOptions = z.object({
  db: z.string().trim().min(1, 'expected a file name').default(DEFAULT_DB),
  pages: z.string().trim().min(1, 'expected a folder').default(DEFAULT_PAGES_DIR),
  allowPrivate: z.boolean().default(false),
  timeout: Positive('a number of seconds', 600).default(20),
  maxBytes: Positive('a number of bytes', 1024 ** 3)
    .int()
    .default(5 * 1024 * 1024),
  maxRedirects: z.coerce.number({ error: 'expected a whole number' }).int().min(0).max(20).default(5),
  userAgent: z.string().trim().min(1).optional(),
  json: z.boolean().default(false),
});

/** `corroborate fetch URL... [--db FILE]`: downloads pages, keeps them raw and ingests their stories. */
export function defineFetch(command: Command, { io, finish }: Cli): void {
  command
    .description('download web pages, keep their raw HTML and ingest their stories into the store')
    .argument('<url...>', 'http or https URLs of articles')
    .option('--db <file>', 'the SQLite store (default ./corroborate.db)')
    .option('--pages <dir>', `keep raw pages under this folder (default ./${DEFAULT_PAGES_DIR})`)
    .option('--allow-private', 'also fetch loopback and private addresses (an intranet, a local server)')
    .option('--timeout <seconds>', 'give up on a page after this long, redirects included (default 20)')
    .option('--max-bytes <n>', 'refuse pages larger than N bytes (default 5 MB)')
    .option('--max-redirects <n>', 'follow at most N redirects (default 5)')
    .option('--user-agent <ua>', 'the User-Agent to send (its first word is the robots.txt token)')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nrobots.txt is respected. Each raw page is kept as PAGES/HOST/HASH.html (with a hidden record of the\nfetch beside it); `corroborate ingest PAGES` extracts them again.',
    )
    .action(async (urls: string[], raw: unknown) => {
      const options = parseOptions(FetchOptions, raw);
      const { DEFAULT_LIMITS, RobotsCache, fetchPage, storeDocuments } = await import(
        '../../intake/index.js'
      );
      const { loadKnowledge } = await import('../../index.js');
      const knowledge = loadKnowledge();
      const limits = {
        ...DEFAULT_LIMITS,
        timeoutMs: options.timeout * 1000,
        maxBytes: options.maxBytes,
        maxRedirects: options.maxRedirects,
        allowPrivate: options.allowPrivate,
        ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
      };
      const deps = {
        limits,
        robots: new RobotsCache(limits),
        pagesDir: options.pages,
        now: io.now,
        outletForHost: (host: string) => knowledge.outletForHost(host),
      };
      const report = await withStore(options.db, async (store) => {
        async function* pages() {
          for (const url of urls) {
            const { result, rawFile } = await fetchPage(url, deps);
            if (result.ok) io.err(`fetched ${url}${rawFile === null ? '' : ` -> ${rawFile}`}\n`);
            else io.err(`refused ${url}: ${result.rejection.reason}\n`);
            yield result;
          }
        }
        return storeDocuments(pages(), { store, knowledge, now: io.now });
      });
      const { formatReport } = await import('./ingest.js');
      await io.out(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      finish(report.rejected.length > 0 ? ExitCode.partlyRejected : ExitCode.ok);
    });
}
