// A per-document budget: extraction reads at most so many characters (deterministic) and, when a time is
// given, stops at the first sentence past its deadline, keeping what it found before it.
import { z } from 'zod';

/** How much one document may cost: `maxChars` of text read, and `budgetMs` of time when set. */
export const ExtractBudget = z.object({
  /** Milliseconds after which extraction stops at the next sentence; none when absent. */
  budgetMs: z.number().int().positive().optional(),
  /** Characters of the body read; the rest is kept in the document but not read for claims. */
  maxChars: z.number().int().positive().optional(),
});
export type ExtractBudget = z.infer<typeof ExtractBudget>;

/** The passes' side of a budget: asked once per sentence whether to go on. */
export class Budget {
  private stopped: number | null = null;
  private readonly deadline: number;

  constructor(
    budgetMs: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = budgetMs === undefined ? Number.POSITIVE_INFINITY : now() + budgetMs;
  }

  /**
   * Whether a pass must stop before this sentence: once time runs out, every later pass stops at the same
   * sentence, so claims are only drafted where attributions were found.
   */
  over(sentence: number): boolean {
    if (this.stopped !== null) return sentence >= this.stopped;
    if (this.deadline === Number.POSITIVE_INFINITY || this.now() <= this.deadline) return false;
    this.stopped = sentence;
    return true;
  }

  /** The sentence where time ran out, or null when it did not. */
  get stoppedAt(): number | null {
    return this.stopped;
  }
}

/**
 * Where a text longer than `maxChars` is cut: at the last paragraph break before the bound, else the last
 * sentence end, else the last space, else the bound itself.
 */
export function cutAt(text: string, maxChars: number | undefined): number {
  if (maxChars === undefined || text.length <= maxChars) return text.length;
  const head = text.slice(0, maxChars);
  const floor = Math.floor(maxChars / 2);
  for (const mark of ['\n\n', '. ', ' ']) {
    const at = head.lastIndexOf(mark);
    if (at >= floor) return at + (mark === '. ' ? 1 : 0);
  }
  return maxChars;
}
