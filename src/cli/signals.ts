/** An abort signal raised by the first SIGINT or SIGTERM, and how to stop listening for them. */
export function stopOnSignals(onStop: (signal: string) => void): {
  signal: AbortSignal;
  release: () => void;
} {
  const controller = new AbortController();
  const stop = (signal: string) => {
    onStop(signal);
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
