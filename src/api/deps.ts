import type { Knowledge } from '../knowledge/index.js';
import type { Store } from '../store/store.js';
import type { Extractor, PasteRenderer } from './extract-pool.js';
import type { DocumentWriter } from './write-pool.js';

/** What the HTTP app needs from outside: the store, the knowledge extraction reads, the clock and the write token. */
export interface ApiDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly now: () => Date;
  /** When set, every write must carry `Authorization: Bearer TOKEN`. */
  readonly token?: string;
  /** Request bodies larger than this many bytes are refused (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** How long a GET response may be served again from memory, in milliseconds (default 0: never). */
  readonly cacheMs?: number;
  /** Time one posted or pasted document may take to extract, in milliseconds (default 20 s). */
  readonly budgetMs?: number;
  /** Where documents are extracted: in this thread when absent; `startServer` gives a pool of workers. */
  readonly extractor?: Extractor;
  /** Where a pasted document is extracted and its page rendered: in this thread when absent, as `extractor`. */
  readonly renderPaste?: PasteRenderer;
  /**
   * Where posted documents are written: in this thread when absent; `startServer` gives a write worker
   * for a store another thread can open (`store.location`).
   */
  readonly writer?: DocumentWriter;
  /** Host names the server answers to, beyond loopback names and the address it listens on. */
  readonly allowedHosts?: readonly string[];
}

/** The request body limit when `maxBodyBytes` is not given. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
