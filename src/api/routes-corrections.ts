import { Hono } from 'hono';
import { correct } from '../corrections/index.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { ApiDeps } from './deps.js';
import { parseWith } from './parse.js';
import { IdParam } from './schemas.js';
import { inTurn } from './write-pool.js';

/**
 * Analyst corrections: `POST /api/corrections` records one (a claim, a document, a merge or a split;
 * the analyst's name and a reason required) and derives the events again; `GET /api/events/:id/history`
 * lists what was corrected on an event. Writing needs the token beyond loopback, as every write does.
 */
export function correctionRoutes(deps: ApiDeps): Hono {
  const { store, knowledge, now } = deps;
  return new Hono()
    .post('/corrections', async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new InvalidInputError('the body must be a JSON object');
      }
      // In turn with the write worker's writes, whose lock would otherwise hold this thread.
      const outcome = await inTurn(deps, () => correct(body, { store, knowledge, now }));
      return c.json(outcome, 201);
    })
    .get('/events/:id/history', async (c) => {
      const id = parseWith(IdParam, c.req.param('id'), 'event id');
      const history = await store.eventHistory(id);
      // An event merged away keeps its history; an id that never was has none.
      if (history.length === 0 && (await store.getEvent(id)) === null)
        throw new NotFoundError(`no event ${id}`);
      return c.json({ event: id, history });
    });
}
