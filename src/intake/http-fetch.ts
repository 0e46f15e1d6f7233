import { privateHostReason, type Resolve } from './addresses.js';

/** Limits and identity of every request intake makes. */
export interface FetchLimits {
  /** The whole exchange, redirects and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** Bodies larger than this are cut off and refused. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /** Lets loopback and private addresses through (a local test server, an intranet). */
  readonly allowPrivate: boolean;
  readonly resolve?: Resolve;
}

/** Intake's defaults: 20 s, 5 MB, 5 redirects. */
export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'corroborate/0.1 (+https://github.com/corroborate; news evidence tool)',
  allowPrivate: false,
};

/** Why a fetch failed, as a closed set. */
export type FetchErrorCode =
  | 'bad_url'
  | 'private_address'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_error'
  | 'network'
  | 'robots'
  | 'unsupported'
  | 'aborted';

/** What a fetch brought back: a body (null for 304 Not Modified) and the headers that matter, or why not. */
export type FetchOutcome =
  | {
      readonly ok: true;
      readonly status: number;
      readonly url: string;
      readonly body: string | null;
      readonly contentType: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | { readonly ok: false; readonly code: FetchErrorCode; readonly reason: string; readonly status?: number };

/** A request's extras: conditional headers, what is accepted, and a signal that stops it. */
export interface FetchRequest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

const fail = (code: FetchErrorCode, reason: string, status?: number): FetchOutcome =>
  status === undefined ? { ok: false, code, reason } : { ok: false, code, reason, status };

function checkUrl(raw: string): URL | string {
  if (!URL.canParse(raw)) return `not a URL: ${raw}`;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http and https URLs are fetched, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'URLs with credentials are not fetched';
  return url;
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // A server that lies about its length (or sends none) is cut off here, not after filling memory.
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function describeFailure(
  error: unknown,
  signal: AbortSignal,
  timeoutMs: number,
  outer?: AbortSignal,
): FetchOutcome {
  if (outer?.aborted) return fail('aborted', 'stopped');
  if (signal.aborted) return fail('timeout', `no complete answer within ${timeoutMs / 1000} s`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return fail(
    'network',
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)),
  );
}

async function exchange(
  url: URL,
  limits: FetchLimits,
  request: FetchRequest,
  signal: AbortSignal,
): Promise<Response | FetchOutcome> {
  if (!limits.allowPrivate) {
    const reason = await privateHostReason(url, limits.resolve);
    if (reason !== null) return fail('private_address', reason);
  }
  return fetch(url, {
    redirect: 'manual',
    signal,
    headers: { 'User-Agent': limits.userAgent, ...request.headers },
  });
}

/**
 * GETs a URL within limits: http(s) only, no private or loopback address unless allowed (checked
 * again at every redirect), redirects followed up to a bound, the body cut off past a size, one
 * deadline for the whole exchange. Failures are returned, never thrown.
 */
export async function fetchResource(
  raw: string,
  limits: FetchLimits,
  request: FetchRequest = {},
): Promise<FetchOutcome> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = request.signal === undefined ? deadline : AbortSignal.any([deadline, request.signal]);
  let current = checkUrl(raw);
  try {
    for (let hop = 0; ; hop += 1) {
      if (typeof current === 'string') return fail('bad_url', current);
      const response = await exchange(current, limits, request, signal);
      if (!(response instanceof Response)) return response;
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== null) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects)
          return fail('too_many_redirects', `more than ${limits.maxRedirects} redirects from ${raw}`);
        current = URL.canParse(location, current.href)
          ? checkUrl(new URL(location, current).href)
          : `bad redirect to ${location}`;
        continue;
      }
      const headers = {
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304) {
        await response.body?.cancel();
        return { ok: true, status: 304, url: current.href, body: null, ...headers };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        return fail('http_error', `HTTP ${response.status} from ${current.href}`, response.status);
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (bytes === null)
        return fail('too_large', `the answer from ${current.href} is over ${limits.maxBytes} bytes`);
      return {
        ok: true,
        status: response.status,
        url: current.href,
        body: decode(bytes, headers.contentType),
        ...headers,
      };
    }
  } catch (error) {
    return describeFailure(error, deadline, limits.timeoutMs, request.signal);
  }
}
