import { describe, expect, test } from 'vitest';
import type { PendingJob, TakenJob } from './open-queue.js';
import { planBatch, turnOf } from './turn.js';

// A queue of jobs '00'..'11' in key order, each waiting, held by worker a or b, or done.
type State = 'waiting' | 'a' | 'b' | 'done';

function held(states: Readonly<Record<string, State>>, worker: 'a' | 'b'): TakenJob[] {
  return Object.keys(states)
    .filter((key) => states[key] === worker)
    .sort()
    .map((key) => ({ id: key, key, data: null }));
}

/** The pending jobs a worker does not hold, before `key`, as the queue lists them. */
function pending(states: Readonly<Record<string, State>>, worker: 'a' | 'b', key = '~'): PendingJob[] {
  return Object.keys(states)
    .sort()
    .filter((k) => k < key && states[k] !== 'done' && states[k] !== worker)
    .map((k) => ({ key: k, held: states[k] !== 'waiting' }));
}

describe('planBatch and turnOf', () => {
  test('a batch runs from the earliest held job up to the first job another holds or that waits', () => {
    const states: Record<string, State> = { '01': 'a', '02': 'a', '03': 'b', '04': 'a', '05': 'waiting' };
    expect(planBatch(held(states, 'a'), pending(states, 'a'), 8)).toEqual({
      kind: 'stage',
      batch: held(states, 'a').slice(0, 2),
    });
    expect(planBatch(held(states, 'b'), pending(states, 'b'), 8)).toEqual({
      kind: 'stage',
      batch: held(states, 'b'),
    });
    expect(turnOf(pending(states, 'a', '01'))).toBe('go');
    expect(turnOf(pending(states, 'b', '03'))).toBe('wait');
  });

  test('a worker whose earlier jobs wait unheld takes them, or gives way to take them', () => {
    const states: Record<string, State> = { '01': 'done', '02': 'waiting', '03': 'b' };
    expect(planBatch(held(states, 'b'), pending(states, 'b'), 8)).toEqual({ kind: 'take' });
    expect(turnOf(pending(states, 'b', '03'))).toBe('give-way');
  });

  test('a batch holds at most batchSize jobs', () => {
    const states: Record<string, State> = { '01': 'a', '02': 'a', '03': 'a' };
    expect(planBatch(held(states, 'a'), pending(states, 'a'), 2)).toEqual({
      kind: 'stage',
      batch: held(states, 'a').slice(0, 2),
    });
  });

  test('however jobs are shared out, one of two workers can always go on', () => {
    // Every way of sharing six pending jobs between two workers (and leaving some waiting).
    const owners: State[] = ['a', 'b', 'waiting'];
    for (let code = 0; code < 3 ** 6; code += 1) {
      const states: Record<string, State> = {};
      for (let i = 0, c = code; i < 6; i += 1, c = Math.floor(c / 3))
        states[`0${i}`] = owners[c % 3] as State;
      const moves = (['a', 'b'] as const)
        .filter((w) => held(states, w).length > 0)
        .map((w) => {
          const plan = planBatch(held(states, w), pending(states, w), 4);
          if (plan.kind === 'take' || plan.batch[0] === undefined) return 'take';
          return turnOf(pending(states, w, plan.batch[0].key));
        });
      const waiting = Object.values(states).includes('waiting');
      // A worker holding jobs merges, or one takes (or makes way to take) a job that waits unheld.
      const progress = moves.some((m) => m === 'go' || (waiting && m !== 'wait'));
      if (moves.length > 0) expect(progress, JSON.stringify(states)).toBe(true);
    }
  });
});
