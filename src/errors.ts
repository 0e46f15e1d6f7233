/** The closed set of error codes the CLI and the HTTP API report. */
export type ErrorCode =
  | 'invalid_argument'
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'too_large'
  | 'unsupported_media_type'
  | 'store_unavailable'
  | 'timeout'
  | 'internal';

/** Process exit codes of the CLI, one meaning each. */
export const ExitCode = {
  ok: 0,
  /** An unexpected failure, or `extract` could not read some of its inputs. */
  failure: 1,
  /** Bad arguments or options, or an input file (a gold file) that does not have its expected shape. */
  usage: 2,
  /** A batch (`ingest`, `demo`) went through but some inputs were rejected; the rest were stored. */
  partlyRejected: 3,
  /** The document, folder or file asked for does not exist. */
  notFound: 4,
  /** The store could not be opened or used. */
  unavailable: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means, as `corroborate --help` lists them. */
export const exitCodeMeanings: Readonly<Record<ExitCode, string>> = {
  0: 'done',
  1: 'extract: some inputs were rejected; or an unexpected error',
  2: 'bad arguments or options, or a malformed gold file',
  3: 'ingest: some inputs were rejected (the others were stored)',
  4: 'not found: no such store, document or gold folder',
  5: 'the store could not be opened',
};

/** How each error code surfaces: the HTTP status of the API and the exit code of the CLI. */
export const errorOutcomes: Readonly<Record<ErrorCode, { readonly http: number; readonly exit: ExitCode }>> =
  {
    invalid_argument: { http: 400, exit: ExitCode.usage },
    invalid_input: { http: 422, exit: ExitCode.usage },
    unauthorized: { http: 401, exit: ExitCode.usage },
    forbidden: { http: 403, exit: ExitCode.usage },
    too_large: { http: 413, exit: ExitCode.usage },
    unsupported_media_type: { http: 415, exit: ExitCode.usage },
    not_found: { http: 404, exit: ExitCode.notFound },
    store_unavailable: { http: 503, exit: ExitCode.unavailable },
    timeout: { http: 503, exit: ExitCode.failure },
    internal: { http: 500, exit: ExitCode.failure },
  };

/** The base of every error this project throws on purpose: a code and a message a person can act on. */
export class CorroborateError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

/** A caller passed an argument or option that is not valid. */
export class InvalidArgumentError extends CorroborateError {
  constructor(message: string, options?: ErrorOptions) {
    super('invalid_argument', message, options);
    this.name = 'InvalidArgumentError';
  }
}

/** A file the caller named (a gold file, a config) does not have the expected shape. */
export class InvalidInputError extends CorroborateError {
  constructor(message: string, options?: ErrorOptions) {
    super('invalid_input', message, options);
    this.name = 'InvalidInputError';
  }
}

/** The thing asked for (a document id, a folder) does not exist. */
export class NotFoundError extends CorroborateError {
  constructor(message: string, options?: ErrorOptions) {
    super('not_found', message, options);
    this.name = 'NotFoundError';
  }
}

/** The store could not be opened or queried. */
export class StoreUnavailableError extends CorroborateError {
  constructor(message: string, options?: ErrorOptions) {
    super('store_unavailable', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The code, message, HTTP status and exit code for anything thrown; unknown throws are `internal`. */
export function describeError(error: unknown): {
  readonly code: ErrorCode;
  readonly message: string;
  readonly http: number;
  readonly exit: ExitCode;
} {
  const code: ErrorCode = error instanceof CorroborateError ? error.code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message, ...errorOutcomes[code] };
}
