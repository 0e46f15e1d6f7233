// Collection between the windows of a long document. A window's parse (wink's document, tokens, mentions,
// the passes' indexes) lives for the whole of its reading, so it is promoted to the old generation and
// dies there once the window is kept; V8 lets that garbage pile up to about three times what the heap
// holds before it collects it (a 5 MB document: 120 MB held, 450-740 MB resident). Collecting once the
// heap has grown by a step since the last collection bounds the garbage by the step, at the cost of a
// full collection every few windows.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How much the heap may grow between windows before it is collected: a window leaves 10-15 MB of
 * garbage, and a collection of a 5 MB document's heap takes about 0.2 s, so one every two or three windows.
 */
export const COLLECT_STEP_BYTES = 32 * 2 ** 20;

let collectFn: (() => void) | null | undefined;

/** V8's collector: `gc` when the process exposes it, else taken from a fresh context with the flag set for that moment. */
function collector(): (() => void) | null {
  if (collectFn !== undefined) return collectFn;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') {
    collectFn = exposed as () => void;
    return collectFn;
  }
  try {
    setFlagsFromString('--expose-gc');
    collectFn = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  } catch {
    collectFn = null;
  }
  return collectFn;
}

const used = () => getHeapStatistics().used_heap_size;

/**
 * A check to run after each window: it collects when the heap has grown by `step` bytes since the last
 * collection, or at once when asked (`'now'`). The first is made at once: what reading the input left
 * (its copies while it was decoded, checked and cleaned) is garbage too.
 */
export function betweenWindows(step = COLLECT_STEP_BYTES): (now?: 'now') => void {
  const collect = collector();
  if (!collect) return () => {};
  collect();
  let floor = used();
  return (now) => {
    if (now === undefined && used() <= floor + step) return;
    collect();
    floor = used();
  };
}
