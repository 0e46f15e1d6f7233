/** Options for reading inputs. */
export interface IngestOptions {
  /** Inputs larger than this many bytes are rejected (default 5 MB). */
  readonly maxBytes?: number;
  /** Maps a web host (`www.pravda.com.ua`) to an outlet name, from the outlets gazetteer. */
  readonly outletForHost?: (host: string) => string | null;
}
