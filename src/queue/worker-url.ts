/** The application name a worker's connections carry unless the URL names one. */
export const WORKER_APPLICATION = 'corroborate-worker';

/**
 * The server URL a worker connects with: the given one, its commits made asynchronous
 * (`synchronous_commit=off`). A worker commits twice per batch, its documents and events and then its
 * jobs done, and each synchronous commit waited for the disk (about 7 ms here), in the part of the
 * work that workers take turns at. A server crash may lose the last commits, never part of one, and in
 * order: a batch whose jobs were marked done was stored, and a batch lost is still held by a job
 * whose lease runs out and is taken again. Its connections are named `corroborate-worker`.
 */
export function workerUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const options = parsed.searchParams.get('options');
    const extra = '-c synchronous_commit=off';
    parsed.searchParams.set('options', options === null || options === '' ? extra : `${options} ${extra}`);
    // Named, so that the server's activity views tell a worker's connections apart.
    if (!parsed.searchParams.has('application_name'))
      parsed.searchParams.set('application_name', WORKER_APPLICATION);
    return parsed.toString();
  } catch {
    // Not a URL the WHATWG parser reads (a socket path as host): left as given.
    return url;
  }
}
