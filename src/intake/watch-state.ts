import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

// Enough to recognise every item a feed still lists; the oldest keys go first.
const MAX_SEEN_PER_SOURCE = 5000;

const StateFile = z.object({
  version: z.literal(1),
  seen: z.record(z.string(), z.array(z.string())).default({}),
  validators: z
    .record(z.string(), z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() }))
    .default({}),
});

/** What `watch` remembers between polls and runs: items and files seen, and each feed's ETag and Last-Modified. */
export class WatchState {
  readonly #seen = new Map<string, string[]>();
  readonly #validators = new Map<string, { etag: string | null; lastModified: string | null }>();

  private constructor(private readonly file: string | null) {}

  /** Reads the state file (a missing or unreadable one starts afresh); null keeps the state in memory. */
  static async open(file: string | null): Promise<WatchState> {
    const state = new WatchState(file);
    if (file === null) return state;
    const parsed = await readFile(file, 'utf8')
      .then((text) => StateFile.safeParse(JSON.parse(text)))
      .catch(() => null);
    if (parsed?.success) {
      for (const [source, keys] of Object.entries(parsed.data.seen)) state.#seen.set(source, keys);
      for (const [url, v] of Object.entries(parsed.data.validators)) state.#validators.set(url, v);
    }
    return state;
  }

  /** Whether a source has seen a key. */
  has(source: string, key: string): boolean {
    return this.#seen.get(source)?.includes(key) ?? false;
  }

  /** Records keys as seen by a source. */
  add(source: string, keys: readonly string[]): void {
    const all = [...(this.#seen.get(source) ?? []), ...keys];
    this.#seen.set(source, all.slice(-MAX_SEEN_PER_SOURCE));
  }

  /** A feed's last ETag and Last-Modified, for a conditional GET. */
  validators(url: string): { etag: string | null; lastModified: string | null } {
    return this.#validators.get(url) ?? { etag: null, lastModified: null };
  }

  setValidators(url: string, etag: string | null, lastModified: string | null): void {
    this.#validators.set(url, { etag, lastModified });
  }

  /** Writes the state atomically (a temporary file renamed over the old one). */
  async save(): Promise<void> {
    if (this.file === null) return;
    const data = {
      version: 1,
      seen: Object.fromEntries(this.#seen),
      validators: Object.fromEntries(this.#validators),
    };
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, this.file);
  }
}
