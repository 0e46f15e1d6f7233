import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const q = (text: string) => run(text).claims[0]?.quantity ?? null;

describe('quantities', () => {
  it('"about 400" is 400, approximate', () => {
    expect(
      q('Iran had transferred about 400 surface-to-surface ballistic missiles to Russia.'),
    ).toMatchObject({ min: 400, max: 400, approximate: true });
  });

  it('"hundreds of" is at least 200, approximate', () => {
    expect(q('Iran sent hundreds of ballistic missiles to Russia.')).toMatchObject({
      min: 200,
      max: null,
      approximate: true,
    });
  });

  it('"more than 1,000" has a floor and no ceiling', () => {
    expect(q('North Korea has shipped more than 1,000 artillery shells to Russia.')).toMatchObject({
      min: 1000,
      max: null,
    });
  });

  it('an exact count is exact', () => {
    expect(q('Germany delivered 12 tanks to Ukraine.')).toMatchObject({
      min: 12,
      max: 12,
      approximate: false,
    });
  });

  it('a range of kilometres is no quantity of weapons', () => {
    expect(q('Iran sent Fath-360 missiles with a range of 300 to 700 km to Russia.')).toBeNull();
  });
});
