import type { Command } from 'commander';
import { z } from 'zod';
import { ExitCode, InvalidArgumentError } from '../../errors.js';
import type { Cli } from '../cli.js';
import { DB_HELP, parseOptions, StoreOption } from '../options.js';
import { displayStore } from '../store-location.js';
import { withStore } from '../with-store.js';

/** Options of `serve`. */
export const ServeOptions = z.object({
  db: StoreOption,
  host: z.string().trim().min(1, 'expected a host name or address').default('127.0.0.1'),
  port: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a port number')
    .min(0, 'expected 0 to 65535')
    .max(65535, 'expected 0 to 65535')
    .default(8080),
  cache: z.coerce
    .number({ error: 'expected a number of seconds' })
    .min(0, 'expected 0 or more seconds')
    .max(3600, 'expected at most 3600 seconds')
    .default(2),
  allowedHosts: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
    )
    .optional(),
  budgetMs: z.coerce
    .number({ error: 'expected a number of milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(100, 'expected at least 100 ms')
    .max(3_600_000, 'expected at most 3600000 ms')
    .default(20_000),
});

/** A clear message for the usual reasons a server cannot listen (a busy port, an address not on this machine). */
function listenError(error: unknown, listen: { readonly host: string; readonly port: number }): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${listen.host}:${listen.port}`;
  if (code === 'EADDRINUSE') {
    return new InvalidArgumentError(
      `port ${listen.port} is already in use on ${listen.host}: stop what uses it or pick another with --port N (0 for any free port)`,
      { cause: error },
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new InvalidArgumentError(`cannot listen on ${where}: no such address on this machine`, {
      cause: error,
    });
  }
  if (code === 'EACCES') {
    return new InvalidArgumentError(`not allowed to listen on ${where}: pick a port above 1023`, {
      cause: error,
    });
  }
  // "--host [::1]" on a machine without IPv6, or anything else: a clear line, never a stack trace.
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new InvalidArgumentError(`cannot listen on ${where}: ${reason}`, { cause: error });
}
/** The shortest write token accepted: a short one can be guessed over the network. */
export const MIN_TOKEN_LENGTH = 16;

/** Resolves on the first SIGINT or SIGTERM, so the server stops cleanly. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `corroborate serve [--db FILE] [--host H] [--port N]`: the web workbench and JSON API over a store. */
export function defineServe(command: Command, { io, finish }: Cli): void {
  command
    .description('serve the web workbench and the JSON API over a store (http://127.0.0.1:8080 by default)')
    .option('--db <store>', DB_HELP)
    .option('--host <host>', 'the address to listen on (default 127.0.0.1, loopback only)')
    .option('--port <n>', 'the port to listen on (default 8080, 0 for any free port)')
    .option('--cache <seconds>', 'serve a repeated GET from memory for this long (default 2, 0 turns it off)')
    .option(
      '--allowed-hosts <names>',
      'host names the server answers to besides loopback names and --host, comma-separated ("*" for any)',
    )
    .option('--budget-ms <n>', 'time one posted or pasted document may take to extract (default 20000)')
    .addHelpText(
      'after',
      `\nBeyond loopback, writes (POST /api/documents) and /paste need a token of at least ${MIN_TOKEN_LENGTH} characters: set\nCORROBORATE_TOKEN and send "Authorization: Bearer TOKEN". The server refuses to listen beyond loopback\nwithout one. Requests naming another host (DNS rebinding) are refused unless --allowed-hosts lists it.`,
    )
    .action(async (raw: unknown) => {
      const options = parseOptions(ServeOptions, raw);
      const { isLoopback, startServer } = await import('../../api/index.js');
      const { loadKnowledge } = await import('../../index.js');
      const token = process.env.CORROBORATE_TOKEN?.trim() || undefined;
      if (token === undefined && !isLoopback(options.host)) {
        throw new InvalidArgumentError(
          `--host ${options.host} is beyond loopback: set CORROBORATE_TOKEN so that writes need a token`,
        );
      }
      if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
        throw new InvalidArgumentError(
          `CORROBORATE_TOKEN is ${token.length} characters long: use at least ${MIN_TOKEN_LENGTH} (e.g. openssl rand -hex 16)`,
        );
      }
      await withStore(
        options.db,
        async (store) => {
          const deps = {
            store,
            knowledge: loadKnowledge(),
            now: io.now,
            cacheMs: options.cache * 1000,
            budgetMs: options.budgetMs,
            ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
          };
          const listen = { host: options.host, port: options.port };
          const server = await startServer(token === undefined ? deps : { ...deps, token }, listen).catch(
            (error: unknown) => {
              throw listenError(error, listen);
            },
          );
          await io.out(`corroborate: serving ${displayStore(options.db)} at ${server.url} (Ctrl-C stops)\n`);
          const signal = await stopSignal();
          io.err(`corroborate: ${signal}, stopping\n`);
          await server.close();
        },
        { mustExist: true },
      );
      finish(ExitCode.ok);
    });
}
