import { describe, expect, test } from 'vitest';
import type { PendingJob, TakenJob } from './open-queue.js';
import { nextTurn } from './turn.js';

// A queue of jobs '01'..'12' in key order, each waiting, held by worker a or b, or done.
type State = 'waiting' | 'a' | 'b' | 'done';

function queueOf(states: Readonly<Record<string, State>>) {
  return {
    async firstPendingExcept(ids: readonly string[]): Promise<PendingJob | null> {
      const first = Object.keys(states)
        .sort()
        .find((key) => states[key] !== 'done' && !ids.includes(key));
      return first === undefined ? null : { key: first, held: states[first] !== 'waiting' };
    },
  };
}

function held(states: Readonly<Record<string, State>>, worker: 'a' | 'b'): TakenJob[] {
  return Object.keys(states)
    .filter((key) => states[key] === worker)
    .sort()
    .map((key) => ({ id: key, key, data: null }));
}

describe('nextTurn', () => {
  test('the worker holding the earliest jobs stores them, up to the first job another holds', async () => {
    const states: Record<string, State> = { '01': 'a', '02': 'a', '03': 'b', '04': 'a', '05': 'waiting' };
    expect(await nextTurn(queueOf(states), held(states, 'a'), 8)).toEqual({
      kind: 'store',
      batch: held(states, 'a').slice(0, 2),
    });
    expect(await nextTurn(queueOf(states), held(states, 'b'), 8)).toEqual({ kind: 'wait' });
  });

  test('a worker whose earlier jobs wait unheld takes them rather than wait', async () => {
    const states: Record<string, State> = { '01': 'done', '02': 'waiting', '03': 'b' };
    expect(await nextTurn(queueOf(states), held(states, 'b'), 8)).toEqual({ kind: 'take' });
  });

  test('a batch holds at most batchSize jobs', async () => {
    const states: Record<string, State> = { '01': 'a', '02': 'a', '03': 'a' };
    const turn = await nextTurn(queueOf(states), held(states, 'a'), 2);
    expect(turn).toEqual({ kind: 'store', batch: held(states, 'a').slice(0, 2) });
  });

  test('however jobs are shared out, one of two workers can always go on', async () => {
    // Every way of sharing six pending jobs between two workers (and leaving some waiting).
    const owners: State[] = ['a', 'b', 'waiting'];
    for (let code = 0; code < 3 ** 6; code += 1) {
      const states: Record<string, State> = {};
      for (let i = 0, c = code; i < 6; i += 1, c = Math.floor(c / 3))
        states[`0${i}`] = owners[c % 3] as State;
      const turns = await Promise.all(
        (['a', 'b'] as const).map((w) => nextTurn(queueOf(states), held(states, w), 4)),
      );
      const someone = turns.some((t, i) => t.kind !== 'wait' && held(states, i === 0 ? 'a' : 'b').length > 0);
      const anyHeld = Object.values(states).some((s) => s === 'a' || s === 'b');
      if (anyHeld) expect(someone, JSON.stringify(states)).toBe(true);
    }
  });
});
