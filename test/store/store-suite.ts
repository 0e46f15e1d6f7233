import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import type { Store } from '../../src/store/index.js';
import { makeDocument, makeEmptyExtraction, makeExtraction, TRANSFER_TEXT } from './fixtures.js';

/** How the suite gets stores: each `open` gives a new, empty store; `reopen` a second one on the last database. */
export interface StoreFactory {
  readonly open: () => Promise<Store>;
  readonly reopen?: () => Promise<Store>;
}

const AT = '2024-05-01T12:00:00.000Z';

/** Registers the behaviour every Store backend must share. */
export function storeSuite(name: string, factory: StoreFactory): void {
  describe(name, () => {
    let store: Store;
    let open: Store[] = [];

    beforeEach(async () => {
      store = await factory.open();
      open = [store];
    });
    afterEach(async () => {
      for (const s of open) await s.close();
    });

    it('reads a saved document back with its metadata, text, counts and extraction', async () => {
      const doc = makeDocument(TRANSFER_TEXT, { warnings: ['no publication date: claims will be undated'] });
      const extraction = makeExtraction(doc);
      expect(await store.saveDocument(doc, extraction, AT)).toEqual({ status: 'stored', id: doc.id });
      expect(await store.getDocument(doc.id)).toEqual({
        id: doc.id,
        published: doc.published,
        outlet: doc.outlet,
        title: doc.title,
        url: doc.url,
        origin: doc.origin,
        entities: 2,
        attributions: 1,
        claims: 2,
        format: 'text',
        text: TRANSFER_TEXT,
        warnings: ['no publication date: claims will be undated'],
        ingestedAt: AT,
        extraction,
      });
    });

    it('returns null for a document id that was never stored', async () => {
      expect(await store.getDocument('doc_0000000000000000')).toBeNull();
    });

    it('answers duplicate for a document already stored and changes nothing', async () => {
      const doc = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(doc, makeExtraction(doc), AT);
      const before = await store.summary();
      const other = { ...makeExtraction(doc), claims: [] };
      expect(
        await store.saveDocument({ ...doc, title: 'Changed' }, other, '2025-01-01T00:00:00.000Z'),
      ).toEqual({
        status: 'duplicate',
        id: doc.id,
      });
      expect(await store.summary()).toEqual(before);
      const stored = await store.getDocument(doc.id);
      expect(stored?.title).toBe('Shipment reported');
      expect(stored?.ingestedAt).toBe(AT);
      expect(stored?.extraction.claims).toHaveLength(2);
    });

    it('stores a document once when two saves of it race', async () => {
      const doc = makeDocument(TRANSFER_TEXT);
      const results = await Promise.all([
        store.saveDocument(doc, makeExtraction(doc), AT),
        store.saveDocument(doc, makeExtraction(doc), AT),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'stored']);
      expect((await store.summary()).claims).toBe(2);
    });

    it('records rejections with their time and lists them oldest first', async () => {
      await store.saveRejection({ origin: 'a.txt', code: 'empty', reason: 'no body text' }, AT);
      await store.saveRejection(
        { origin: 'b.bin', code: 'binary', reason: 'NUL bytes' },
        '2024-05-02T00:00:00Z',
      );
      expect(await store.listRejections()).toEqual([
        { origin: 'a.txt', code: 'empty', reason: 'no body text', at: AT },
        { origin: 'b.bin', code: 'binary', reason: 'NUL bytes', at: '2024-05-02T00:00:00Z' },
      ]);
      expect((await store.summary()).rejections).toBe(2);
    });

    it('lists entities by documents then name, keeps the first name, and filters by kind', async () => {
      const first = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(first, makeExtraction(first), AT);
      const second = makeDocument('Vladimir Putin spoke in Russia about drones.', {
        published: '2024-04-02',
      });
      const secondExtraction: Extraction = {
        ...makeEmptyExtraction(second),
        entities: [
          { id: 'RUS', kind: 'country', name: 'Russian Federation', mentions: [{ start: 24, end: 30 }] },
          {
            id: 'person:vladimir-putin',
            kind: 'person',
            name: 'Vladimir Putin',
            mentions: [{ start: 0, end: 14 }],
          },
        ],
      };
      await store.saveDocument(second, secondExtraction, AT);

      expect(await store.listEntities({ limit: 10 })).toEqual([
        { id: 'RUS', kind: 'country', name: 'Russia', documents: 2, mentions: 3 },
        { id: 'IRN', kind: 'country', name: 'Iran', documents: 1, mentions: 1 },
        { id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', documents: 1, mentions: 1 },
      ]);
      expect(await store.listEntities({ kind: 'person', limit: 10 })).toEqual([
        { id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', documents: 1, mentions: 1 },
      ]);
      expect(await store.listEntities({ kind: 'igo', limit: 10 })).toEqual([]);
      expect((await store.listEntities({ limit: 1 })).map((e) => e.id)).toEqual(['RUS']);
      expect((await store.listEntities({ limit: 1, offset: 1 })).map((e) => e.id)).toEqual(['IRN']);
      expect(await store.listEntities({ limit: 10, offset: 3 })).toEqual([]);
      expect(await store.listEntities({ id: 'IRN', limit: 1 })).toEqual([
        { id: 'IRN', kind: 'country', name: 'Iran', documents: 1, mentions: 1 },
      ]);
      expect(await store.listEntities({ id: 'CHN', limit: 1 })).toEqual([]);
    });

    it('sums up an empty store as zeros', async () => {
      expect(await store.summary()).toEqual({
        documents: 0,
        entities: 0,
        attributions: 0,
        claims: 0,
        rejections: 0,
        claimsByType: {},
        claimsByStatus: {},
      });
    });

    it('counts claims by type and by status across documents', async () => {
      const first = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(first, makeExtraction(first), AT);
      const second = makeDocument(`${TRANSFER_TEXT} Again.`);
      await store.saveDocument(second, makeExtraction(second), AT);
      expect(await store.summary()).toEqual({
        documents: 2,
        entities: 2,
        attributions: 2,
        claims: 4,
        rejections: 0,
        claimsByType: { transfer: 2, sanction: 2 },
        claimsByStatus: { asserted: 2, denied: 2 },
      });
    });

    it('keeps its counters as a recount finds them through saves, re-saves, rejections and a failed save', async () => {
      const first = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(first, makeExtraction(first), AT);
      const second = makeDocument(`${TRANSFER_TEXT} Later.`, { published: '2024-03-07T09:30' });
      await store.saveDocument(second, makeExtraction(second), AT);
      const undated = makeDocument(`${TRANSFER_TEXT} Undated.`, { published: null });
      await store.saveDocument(undated, makeExtraction(undated), AT);
      const late = makeDocument(`${TRANSFER_TEXT} Next week.`, { published: '2024-03-11' });
      await store.saveDocument(late, makeExtraction(late), AT);
      expect((await store.saveDocument(first, makeExtraction(first), AT)).status).toBe('duplicate');
      await store.saveRejection({ origin: 'x.bin', code: 'binary', reason: 'NUL bytes' }, AT);
      const broken = makeDocument(`${TRANSFER_TEXT} Broken.`, { published: '2024-03-11' });
      const [claim] = makeExtraction(broken).claims;
      if (claim === undefined) throw new Error('fixture has claims');
      await expect(
        store.saveDocument(broken, { ...makeExtraction(broken), claims: [claim, claim] }, AT),
      ).rejects.toThrow();

      // 2024-03-01 is a Friday (week of 02-26); 03-07 a Thursday (week of 03-04); 03-11 a Monday.
      expect(await store.claimsPerWeek()).toEqual([
        { week: '2024-02-26', claims: 2 },
        { week: '2024-03-04', claims: 2 },
        { week: '2024-03-11', claims: 2 },
      ]);
      expect(await store.summary()).toEqual({
        documents: 4,
        entities: 2,
        attributions: 4,
        claims: 8,
        rejections: 1,
        claimsByType: { transfer: 4, sanction: 4 },
        claimsByStatus: { asserted: 4, denied: 4 },
      });
      const entities = await store.listEntities({ limit: 10 });
      expect(entities.map((e) => [e.id, e.documents])).toEqual([
        ['IRN', 4],
        ['RUS', 4],
      ]);
      const reopened = factory.reopen === undefined ? null : await factory.reopen();
      if (reopened !== null) {
        open.push(reopened);
        expect(await reopened.summary()).toEqual(await store.summary());
      }
    });

    it('lists documents newest first, undated last, ties by id, in pages', async () => {
      const old = makeDocument('Old news about Iran.', { published: '2023-01-01' });
      const undated = makeDocument('Undated news about Iran.', { published: null });
      const newA = makeDocument('New news about Iran, one.', { published: '2024-06-01' });
      const newB = makeDocument('New news about Iran, two.', { published: '2024-06-01' });
      for (const doc of [old, undated, newA, newB])
        await store.saveDocument(doc, makeEmptyExtraction(doc), AT);
      const newest = [newA.id, newB.id].sort();
      const all = await store.listDocuments({ limit: 10, offset: 0 });
      expect(all.map((d) => d.id)).toEqual([...newest, old.id, undated.id]);
      expect(all[0]).toEqual({
        id: newest[0],
        published: '2024-06-01',
        outlet: 'Reuters',
        title: 'Shipment reported',
        url: 'https://example.org/a',
        origin: 'test.txt',
        entities: 0,
        attributions: 0,
        claims: 0,
      });
      const page = await store.listDocuments({ limit: 2, offset: 1 });
      expect(page.map((d) => d.id)).toEqual([newest[1], old.id]);
    });

    it('filters documents by outlet, publication days and a type of claim they hold', async () => {
      const withClaims = makeDocument(TRANSFER_TEXT, { published: '2024-03-01T10:00:00Z' });
      const tass = makeDocument('TASS wrote about Iran.', { outlet: 'TASS', published: '2024-05-01' });
      const undated = makeDocument('Undated news about Iran.', { published: null });
      await store.saveDocument(withClaims, makeExtraction(withClaims), AT);
      for (const doc of [tass, undated]) await store.saveDocument(doc, makeEmptyExtraction(doc), AT);
      const ids = async (filter: Omit<Parameters<Store['listDocuments']>[0], 'limit' | 'offset'>) =>
        (await store.listDocuments({ limit: 10, offset: 0, ...filter })).map((d) => d.id);
      expect(await ids({ outlet: 'TASS' })).toEqual([tass.id]);
      expect(await ids({ since: '2024-04-01' })).toEqual([tass.id]);
      expect(await ids({ until: '2024-03-01' })).toEqual([withClaims.id]);
      expect(await ids({ since: '2024-03-01', until: '2024-05-01' })).toEqual([tass.id, withClaims.id]);
      expect(await ids({ claimType: 'transfer' })).toEqual([withClaims.id]);
      expect(await ids({ claimType: 'threaten' })).toEqual([]);
      expect(await ids({ outlet: 'TASS', claimType: 'transfer' })).toEqual([]);
    });

    it('finds a document by a word of its text or title, and only that document', async () => {
      const doc = makeDocument(TRANSFER_TEXT, { title: 'Drone deliveries' });
      await store.saveDocument(doc, makeExtraction(doc), AT);
      const other = makeDocument('Talks on grain exports resumed.', { title: 'Grain' });
      await store.saveDocument(other, makeEmptyExtraction(other), AT);
      expect((await store.searchDocuments('shipped', 10)).map((d) => d.id)).toEqual([doc.id]);
      expect((await store.searchDocuments('deliveries', 10)).map((d) => d.id)).toEqual([doc.id]);
      expect((await store.searchDocuments('Shahed Russia', 10)).map((d) => d.id)).toEqual([doc.id]);
      expect((await store.searchDocuments('grain', 10)).map((d) => d.id)).toEqual([other.id]);
      expect(await store.searchDocuments('submarines', 10)).toEqual([]);
      expect(await store.searchDocuments('shipped', 0)).toEqual([]);
    });

    it('reads hostile search input as plain words without failing', async () => {
      const doc = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(doc, makeExtraction(doc), AT);
      const hostile = [
        '"',
        'NEAR(',
        "' OR 1=1 --",
        '*',
        '"unbalanced',
        'a AND OR NOT',
        'title:x',
        '^',
        ')(',
        '',
      ];
      for (const query of hostile) expect(await store.searchDocuments(query, 10)).toEqual([]);
      expect((await store.searchDocuments('drones" OR NEAR(', 10)).map((d) => d.id)).toEqual([]);
      expect((await store.searchDocuments('"Shahed"*', 10)).map((d) => d.id)).toEqual([doc.id]);
      expect(await store.summary()).toMatchObject({ documents: 1, claims: 2 });
    });

    it('stores a very long document of distinct tokens and finds it by a word near its start', async () => {
      const tokens = Array.from({ length: 150_000 }, (_, i) => `n${i}x`).join(' ');
      const doc = makeDocument(`Figures on drone deliveries follow. ${tokens}`);
      expect(await store.saveDocument(doc, makeEmptyExtraction(doc), AT)).toEqual({
        status: 'stored',
        id: doc.id,
      });
      expect((await store.searchDocuments('deliveries', 10)).map((d) => d.id)).toEqual([doc.id]);
      expect((await store.getDocument(doc.id))?.text).toBe(doc.text);
    });

    it('leaves no trace of a document whose save fails midway, and earlier documents untouched', async () => {
      const first = makeDocument(TRANSFER_TEXT);
      await store.saveDocument(first, makeExtraction(first), AT);
      const before = await store.summary();

      const broken = makeDocument(`${TRANSFER_TEXT} Belarus received shells too.`);
      const extraction = makeExtraction(broken);
      const good: Extraction = {
        ...extraction,
        entities: [...extraction.entities, { id: 'BLR', kind: 'country', name: 'Belarus', mentions: [] }],
      };
      const [claim] = good.claims;
      if (claim === undefined) throw new Error('fixture has claims');
      await expect(store.saveDocument(broken, { ...good, claims: [claim, claim] }, AT)).rejects.toThrow();

      expect(await store.getDocument(broken.id)).toBeNull();
      expect(await store.summary()).toEqual(before);
      expect((await store.listEntities({ limit: 10 })).map((e) => e.id)).not.toContain('BLR');
      expect(await store.searchDocuments('Belarus', 10)).toEqual([]);
      expect(await store.getDocument(first.id)).toMatchObject({
        claims: 2,
        extraction: makeExtraction(first),
      });

      // Nothing half-written is left to block a corrected save.
      expect(await store.saveDocument(broken, good, AT)).toEqual({ status: 'stored', id: broken.id });
      expect((await store.searchDocuments('Belarus', 10)).map((d) => d.id)).toEqual([broken.id]);
    });

    it('rolls back every write of a transaction that throws, and keeps those of one that resolves', async () => {
      const kept = makeDocument(TRANSFER_TEXT);
      const lost = makeDocument(`${TRANSFER_TEXT} Again.`);
      await expect(
        store.transaction(async (trx) => {
          await trx.lockKeys(['block a', 'band b']);
          await trx.saveDocument(lost, makeExtraction(lost), AT);
          expect(await trx.getDocument(lost.id)).not.toBeNull();
          throw new Error('interrupted');
        }),
      ).rejects.toThrow('interrupted');
      expect(await store.getDocument(lost.id)).toBeNull();
      const id = await store.transaction(async (trx) => {
        await trx.lockKeys(['block a']);
        // A store bound to the transaction runs a nested one in it.
        return trx.transaction(
          async (inner) => (await inner.saveDocument(kept, makeExtraction(kept), AT)).id,
        );
      });
      expect(id).toBe(kept.id);
      expect((await store.summary()).documents).toBe(1);
    });

    it('lists the stored documents without a fingerprint as unmerged, until one is saved', async () => {
      const first = makeDocument(TRANSFER_TEXT);
      const second = makeDocument(`${TRANSFER_TEXT} Again.`);
      await store.saveDocument(first, makeExtraction(first), AT);
      await store.saveDocument(second, makeExtraction(second), AT);
      expect(await store.unmergedDocuments(10)).toEqual([first.id, second.id].sort());
      expect(await store.unmergedDocuments(1)).toHaveLength(1);
      const fingerprint = {
        document: first.id,
        published: first.published,
        outlet: first.outlet,
        signature: [1, 2, 3],
        echoOf: null,
        originOutlet: first.outlet,
      };
      await store.saveFingerprint(fingerprint, ['b1']);
      expect(await store.isMerged(first.id)).toBe(true);
      expect(await store.isMerged(second.id)).toBe(false);
      expect(await store.unmergedDocuments(10)).toEqual([second.id]);
    });

    it.runIf(factory.reopen !== undefined)(
      'keeps its documents when the database is opened again',
      async () => {
        const doc = makeDocument(TRANSFER_TEXT);
        await store.saveDocument(doc, makeExtraction(doc), AT);
        await store.close();
        open = [];
        const again = await (factory.reopen as () => Promise<Store>)();
        open = [again];
        expect((await again.getDocument(doc.id))?.extraction).toEqual(makeExtraction(doc));
        expect((await again.searchDocuments('shipped', 10)).map((d) => d.id)).toEqual([doc.id]);
        expect(await again.saveDocument(doc, makeExtraction(doc), AT)).toEqual({
          status: 'duplicate',
          id: doc.id,
        });
      },
    );
  });
}
