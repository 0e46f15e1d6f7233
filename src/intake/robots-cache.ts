import { type FetchLimits, fetchResource } from './http-fetch.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules, robotsAllow } from './robots.js';

const ROBOTS_MAX_BYTES = 512 * 1024;

/** The crawler's product token in robots.txt, from its User-Agent (`corroborate/0.1 (...)` -> `corroborate`). */
export function productToken(userAgent: string): string {
  return /^[\w-]+/.exec(userAgent)?.[0] ?? userAgent;
}

/** Reads each site's robots.txt once and answers whether a URL may be fetched. */
export class RobotsCache {
  readonly #rules = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly limits: FetchLimits) {}

  /** Null when the URL may be fetched, else why not. */
  async refusal(raw: string, signal?: AbortSignal): Promise<string | null> {
    if (!URL.canParse(raw)) return null;
    const url = new URL(raw);
    let rules = this.#rules.get(url.origin);
    if (rules === undefined) {
      rules = this.#load(url.origin, signal);
      this.#rules.set(url.origin, rules);
    }
    const allowed = robotsAllow(await rules, `${url.pathname}${url.search}`);
    return allowed
      ? null
      : `${url.origin}/robots.txt does not allow ${productToken(this.limits.userAgent)} to fetch ${url.pathname}`;
  }

  async #load(origin: string, signal?: AbortSignal): Promise<RobotsRules> {
    const limits = { ...this.limits, maxBytes: Math.min(this.limits.maxBytes, ROBOTS_MAX_BYTES) };
    const outcome = await fetchResource(
      `${origin}/robots.txt`,
      limits,
      signal === undefined ? {} : { signal },
    );
    if (outcome.ok)
      return outcome.body === null
        ? ALLOW_ALL
        : parseRobots(outcome.body, productToken(this.limits.userAgent));
    // RFC 9309: a robots.txt that is not there (4xx) allows everything; one that cannot be read (5xx,
    // no answer) forbids everything until it can.
    if (outcome.code === 'http_error' && outcome.status !== undefined && outcome.status < 500)
      return ALLOW_ALL;
    if (outcome.code === 'private_address' || outcome.code === 'bad_url') return ALLOW_ALL;
    return DISALLOW_ALL;
  }
}
