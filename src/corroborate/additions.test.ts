import { describe, expect, it } from 'vitest';
import { marksAddition, tellsAddition } from './additions.js';

describe('another batch (M8)', () => {
  it('reads "additional", "further", "more", "another" before what is counted, and "N more"', () => {
    expect(marksAddition('Iran was also preparing to send additional Shahed drones.')).toBe(true);
    expect(marksAddition('Iran agreed to supply missiles and more attack drones.')).toBe(true);
    expect(marksAddition('Three more units are to follow next year.')).toBe(true);
    expect(marksAddition('Administration officials said more could follow.')).toBe(true);
    expect(marksAddition('A second batch of the missiles arrived.')).toBe(true);
    expect(marksAddition('Further deliveries are planned.')).toBe(true);
  });

  it('does not read a quantity, a comparison or another noun as another batch', () => {
    expect(marksAddition('Russia received more than 1,000 containers of munitions.')).toBe(false);
    expect(marksAddition('Iran will send more advanced drones.')).toBe(false);
    expect(marksAddition('Further listings against Iran were possible.')).toBe(false);
    expect(marksAddition('Germany handed over the first of four IRIS-T systems.')).toBe(false);
  });

  it('marks only transfers reported or announced, not denials or non-answers', () => {
    expect(tellsAddition('transfer', 'planned', 'more drones will follow')).toBe(true);
    expect(tellsAddition('transfer', 'denied', 'Tehran denied sending more drones')).toBe(false);
    expect(tellsAddition('military_use', 'asserted', 'Russia launched more drones')).toBe(false);
  });
});
