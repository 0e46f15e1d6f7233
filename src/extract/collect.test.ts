import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { betweenWindows } from './collect.js';

const MB = 2 ** 20;
const used = () => getHeapStatistics().used_heap_size;

/** Arrays of about 1 MB each, each in V8's large-object space (old at once, as a window's parse becomes). */
function arrays(megabytes: number): number[][] {
  return Array.from({ length: megabytes }, (_, i) => new Array<number>(MB / 8).fill(i + 0.5));
}

describe('collection between windows', () => {
  it('collects once the heap has grown by its step, and not before', () => {
    const check = betweenWindows(16 * MB);
    const base = used();
    let held: number[][] = arrays(8);
    check();
    // Eight megabytes held, below the step: nothing was collected, so what was allocated is all there.
    expect(used()).toBeGreaterThan(base + 7 * MB);
    held = arrays(40);
    held = [];
    check();
    expect(used()).toBeLessThan(base + 16 * MB);
    expect(held).toEqual([]);
  });

  it('collects at once when asked', () => {
    const check = betweenWindows(1024 * MB);
    const base = used();
    let held: number[][] = arrays(24);
    held = [];
    check('now');
    expect(used()).toBeLessThan(base + 8 * MB);
    expect(held).toEqual([]);
  });
});
