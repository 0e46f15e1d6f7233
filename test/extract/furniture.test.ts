import { describe, expect, it } from 'vitest';
import { claimLines, run } from './helpers.js';

// Links to other stories on a page ("Read also: ...", a "Related" list) are not the article's claims.
describe('page furniture in text', () => {
  const story = 'Germany will send more tanks to Ukraine.';
  const own = ['transfer DEU>UKR [armored_vehicle] planned'];

  it('a paragraph that opens with "Read also:" or "Related stories:" is a link', () => {
    expect(claimLines(run(`${story}\n\nRead also: Iran sent drones to Russia, Kyiv says`))).toEqual(own);
    expect(
      claimLines(
        run(
          `${story}\n\nRELATED STORIES:\nIran sent drones to Russia, Kyiv says\nNorth Korea shipped shells`,
        ),
      ),
    ).toEqual(own);
  });

  it('headlines under a heading of links are links, up to the next paragraph of the article', () => {
    const page = `${story}\n\nRelated\n\nIran sent drones to Russia, Kyiv says\n\nNorth Korea shipped shells to Russia\n\nThe minister said Poland delivered jets to Ukraine.`;
    expect(claimLines(run(page))).toEqual([...own, 'transfer POL>UKR [aircraft] asserted']);
    const more = `${story}\n\nREAD MORE\n\nIran sent drones to Russia, Kyiv says`;
    expect(claimLines(run(more))).toEqual(own);
  });

  it("headline-like paragraphs without a heading of links are the article's", () => {
    expect(claimLines(run('Germany sent tanks to Ukraine\n\nPoland sent jets to Ukraine'))).toEqual([
      'transfer DEU>UKR [armored_vehicle] asserted',
      'transfer POL>UKR [aircraft] asserted',
    ]);
  });

  it("a wire's end-of-take marker says nothing of the story, while more deliveries that follow do", () => {
    expect(claimLines(run(`${story}\n\nMore follows.`))).toEqual(own);
    expect(claimLines(run(`${story}\n\nMORE TO FOLLOW`))).toEqual(own);
    const shipments = 'Germany sent ten tanks to Ukraine in May.\n\nMore will follow in the autumn.';
    expect(claimLines(run(shipments))).toHaveLength(2);
  });
});
