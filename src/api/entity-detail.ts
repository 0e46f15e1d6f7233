import { NotFoundError } from '../errors.js';
import type { DocumentSummary, EntitySummary } from '../store/store.js';
import type { ApiDeps } from './deps.js';
import { eventFilter, eventReader } from './event-reader.js';

// Entities are looked up among the most mentioned; a store with more distinct entities than this is not expected.
const ENTITY_SCAN = 50_000;

/** One entity, the documents that name it and, once events exist, how many events it is the actor or target of. */
export interface EntityDetail {
  readonly entity: EntitySummary;
  readonly documents: readonly DocumentSummary[];
  readonly roles: { readonly actor: number; readonly target: number } | null;
}

/** Reads one entity with its documents (found by its name) and its roles in events. */
export async function entityDetail(deps: { readonly store: ApiDeps['store'] }, id: string): Promise<EntityDetail> {
  const entities = await deps.store.listEntities({ limit: ENTITY_SCAN });
  const entity = entities.find((e) => e.id === id);
  if (entity === undefined) throw new NotFoundError(`no entity ${id}`);
  const documents = await deps.store.searchDocuments(entity.name, 50);
  const events = eventReader(deps.store);
  if (events === null) return { entity, documents, roles: null };
  const [asActor, asTarget] = await Promise.all([
    events.listEvents(eventFilter({ actor: entity.name })),
    events.listEvents(eventFilter({ target: entity.name })),
  ]);
  return {
    entity,
    documents,
    roles: {
      actor: asActor.total ?? asActor.events.length,
      target: asTarget.total ?? asTarget.events.length,
    },
  };
}
