import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceRecords, sourceRecordsOfTally } from '../../src/api/source-records.js';
import { Event, EventClaim, EventFilter } from '../../src/domain/event.js';
import { parseSummaries, type Store, summaryOf } from '../../src/store/index.js';

/** A stored event with the fields a test sets, the rest defaulted. */
export function makeEvent(id: string, fields: Partial<Event> = {}): Event {
  return Event.parse({
    id,
    type: 'transfer',
    actor: 'IRN',
    target: 'RUS',
    weapons: [{ class: 'ballistic_missile', system: 'weapon:fath-360' }],
    status: 'claimed',
    grade: { reliability: 'B', credibility: 3, reasons: [] },
    independentOrigins: 1,
    circular: false,
    origins: [],
    claims: [],
    timeline: [],
    firstReported: '2024-09-06',
    lastReported: '2024-09-06',
    eventTime: '2024-09-06',
    ...fields,
  });
}

const block = (e: Event) => `${e.type}|${e.phase}|${e.actor ?? '-'}|${e.target ?? '-'}`;
const filter = (fields: Partial<EventFilter> = {}) => EventFilter.parse(fields);

/** The events, placements and fingerprints part of the store contract, run against every backend. */
export function eventSuite(name: string, open: () => Promise<Store>): void {
  describe(`${name}: events`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('saves an event with its claim placements and reads it back', async () => {
      const event = makeEvent('ev_a');
      await store.saveEvents(
        [{ event, block: block(event) }],
        [{ document: 'doc_1', claim: 'c2', event: 'ev_a' }],
      );
      expect(await store.getEvent('ev_a')).toEqual(event);
      expect(await store.eventOfClaim('doc_1', 'c2')).toBe('ev_a');
      expect(await store.eventOfClaim('doc_1', 'c3')).toBeNull();
      expect(await store.getEvent('ev_none')).toBeNull();
      expect(await store.countEvents()).toBe(1);
    });

    it('replaces an event saved again and moves a claim placed again', async () => {
      const first = makeEvent('ev_a');
      await store.saveEvents(
        [{ event: first, block: block(first) }],
        [{ document: 'd', claim: 'c1', event: 'ev_a' }],
      );
      const second = makeEvent('ev_a', { status: 'disputed', lastReported: '2024-09-11' });
      const other = makeEvent('ev_b');
      await store.saveEvents(
        [
          { event: second, block: block(second) },
          { event: other, block: block(other) },
        ],
        [{ document: 'd', claim: 'c1', event: 'ev_b' }],
      );
      expect((await store.getEvent('ev_a'))?.status).toBe('disputed');
      expect(await store.eventOfClaim('d', 'c1')).toBe('ev_b');
      expect(await store.countEvents()).toBe(2);
    });

    it('loads only the events of the blocks asked for', async () => {
      const a = makeEvent('ev_a');
      const b = makeEvent('ev_b', { actor: 'PRK' });
      const c = makeEvent('ev_c', { phase: 'planned' });
      await store.saveEvents(
        [a, b, c].map((event) => ({ event, block: block(event) })),
        [],
      );
      expect((await store.eventsInBlocks(['transfer|actual|IRN|RUS'])).map((e) => e.id)).toEqual(['ev_a']);
      expect((await store.eventsInBlocks([block(b), block(c), 'x'])).map((e) => e.id)).toEqual([
        'ev_b',
        'ev_c',
      ]);
      expect(await store.eventsInBlocks([])).toEqual([]);
    });

    it('loads only the events whose time span meets the window, and undated ones', async () => {
      const old = makeEvent('ev_old', { eventTime: '2022-08-01', eventTimeEnd: '2022-11-05' });
      const recent = makeEvent('ev_new', { eventTime: '2024-09-04', eventTimeEnd: '2024-09-11' });
      const undated = makeEvent('ev_undated', { eventTime: null, firstReported: null, lastReported: null });
      await store.saveEvents(
        [old, recent, undated].map((event) => ({ event, block: block(event) })),
        [],
      );
      const ids = async (from: string, to: string) =>
        (await store.eventsInBlocks([block(old)], { from, to })).map((e) => e.id);
      expect(await ids('2024-05-01', '2025-01-01')).toEqual(['ev_new', 'ev_undated']);
      expect(await ids('2022-11-01', '2022-12-01')).toEqual(['ev_old', 'ev_undated']);
      expect(await ids('2023-01-01', '2023-12-31')).toEqual(['ev_undated']);
    });

    it('lists events by actor, target, type, status, weapon and dates, with the total, in pages', async () => {
      const events = [
        makeEvent('ev_a', { lastReported: '2024-09-11', status: 'disputed' }),
        makeEvent('ev_b', {
          actor: 'PRK',
          weapons: [{ class: 'artillery_ammunition' }],
          firstReported: '2023-10-13',
          lastReported: '2023-10-13',
        }),
        makeEvent('ev_c', { type: 'military_use', actor: 'RUS', target: 'UKR', lastReported: '2024-01-02' }),
        makeEvent('ev_d', { lastReported: null, firstReported: null }),
      ];
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      const ids = async (f: Partial<EventFilter>) =>
        (await store.listEvents(filter(f))).events.map((e) => e.id);
      expect(await ids({})).toEqual(['ev_a', 'ev_c', 'ev_b', 'ev_d']);
      expect(await ids({ actor: 'IRN' })).toEqual(['ev_a', 'ev_d']);
      expect(await ids({ target: 'UKR' })).toEqual(['ev_c']);
      expect(await ids({ type: 'military_use' })).toEqual(['ev_c']);
      expect(await ids({ status: 'disputed' })).toEqual(['ev_a']);
      expect(await ids({ weapon: 'weapon:fath-360' })).toEqual(['ev_a', 'ev_c', 'ev_d']);
      expect(await ids({ weapon: 'artillery_ammunition' })).toEqual(['ev_b']);
      expect(await ids({ since: '2024-01-01' })).toEqual(['ev_a', 'ev_c']);
      expect(await ids({ until: '2024-01-01' })).toEqual(['ev_b']);
      const page = await store.listEvents(filter({ limit: 2, offset: 1 }));
      expect(page.total).toBe(4);
      expect(page.events.map((e) => e.id)).toEqual(['ev_c', 'ev_b']);
    });

    it('finds events by weapon class or system through their terms, in any case, and forgets replaced weapons', async () => {
      const a = makeEvent('ev_a', { weapons: [{ class: 'drone', system: 'Shahed-136' }] });
      const b = makeEvent('ev_b', {
        weapons: [{ class: 'drone', system: null }],
        lastReported: '2024-09-01',
      });
      await store.saveEvents(
        [a, b].map((event) => ({ event, block: block(event) })),
        [],
      );
      const ids = async (weapon: string) =>
        (await store.listEvents(filter({ weapon }))).events.map((e) => e.id);
      expect(await ids('drone')).toEqual(['ev_a', 'ev_b']);
      expect(await ids('shahed-136')).toEqual(['ev_a']);
      expect(await ids('SHAHED-136')).toEqual(['ev_a']);
      expect(await ids('Shahed')).toEqual([]);
      expect(await ids('ballistic_missile')).toEqual([]);
      const moved = makeEvent('ev_a', { weapons: [{ class: 'cruise_missile', system: 'Storm Shadow' }] });
      await store.saveEvents([{ event: moved, block: block(moved) }], []);
      expect(await ids('shahed-136')).toEqual([]);
      expect(await ids('drone')).toEqual(['ev_b']);
      expect(await ids('storm shadow')).toEqual(['ev_a']);
      const page = await store.listEvents(filter({ weapon: 'drone' }));
      expect([page.total, page.totalExact]).toEqual([1, true]);
    });

    it('pages a date window over short and long-running events in order, the same as one long page', async () => {
      const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      const events = Array.from({ length: 60 }, (_, i) =>
        makeEvent(`ev_${String(i).padStart(2, '0')}`, {
          // Every fifth event was reported over months: from its day to 120 days later.
          firstReported: day(i * 3),
          lastReported: day(i * 3 + (i % 5 === 0 ? 120 : i % 3)),
          weapons: [{ class: i % 2 === 0 ? 'drone' : 'cruise_missile', system: null }],
        }),
      );
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      const since = day(30);
      const until = day(90);
      const expected = events
        .filter((e) => (e.lastReported ?? '') >= since && (e.firstReported ?? '') <= until)
        .sort((x, y) =>
          x.lastReported === y.lastReported
            ? x.id.localeCompare(y.id)
            : (y.lastReported ?? '').localeCompare(x.lastReported ?? ''),
        )
        .map((e) => e.id);
      expect(expected.some((id) => Number(id.slice(3)) % 5 === 0)).toBe(true);
      const whole = await store.listEvents(filter({ since, until, limit: 1000 }));
      expect(whole.events.map((e) => e.id)).toEqual(expected);
      expect([whole.total, whole.totalExact]).toEqual([expected.length, true]);
      const paged: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 7) {
        const page = await store.listEvents(filter({ since, until, limit: 7, offset }));
        paged.push(...page.events.map((e) => e.id));
      }
      expect(paged).toEqual(expected);
      const drones = await store.listEvents(filter({ until, weapon: 'drone', limit: 1000 }));
      expect(drones.events.map((e) => e.id)).toEqual(
        events
          .filter((e) => (e.firstReported ?? '') <= until && e.weapons[0]?.class === 'drone')
          .sort(
            (x, y) => (y.lastReported ?? '').localeCompare(x.lastReported ?? '') || x.id.localeCompare(y.id),
          )
          .map((e) => e.id),
      );
      const capped = await store.listEvents(filter({ since, until, limit: 5 }), { countUpTo: 10 });
      expect(capped.events.map((e) => e.id)).toEqual(expected.slice(0, 5));
      expect(capped.totalExact).toBe(false);
      expect(capped.total).toBeGreaterThan(10);
      expect(capped.total).toBeLessThanOrEqual(expected.length);
    });

    it('lists every filter, sort and page as a naive filter over the events would, whatever their report span', async () => {
      const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      // One-day events mostly, then short spans up to the 30-day bound and just past it, and long ones.
      const spans = [0, 0, 0, 1, 12, 30, 31, 95];
      const events = Array.from({ length: 150 }, (_, i) => {
        const first = (i * 37) % 240;
        const undated = i % 29 === 0;
        return makeEvent(`ev_${String(i).padStart(3, '0')}`, {
          type: i % 2 === 0 ? 'transfer' : 'military_use',
          actor: ['IRN', 'PRK', 'RUS'][i % 3] ?? null,
          weapons: [
            { class: i % 5 === 0 ? 'cruise_missile' : 'drone', system: i % 11 === 0 ? 'Shahed-136' : null },
          ],
          independentOrigins: i % 4,
          firstReported: undated ? null : day(first),
          lastReported: undated ? null : day(first + (spans[i % spans.length] ?? 0)),
        });
      });
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      const naive = (f: EventFilter): string[] => {
        const weapon = f.weapon?.toLowerCase();
        const key = (e: Event) =>
          f.sort === 'first_reported'
            ? e.firstReported
            : f.sort === 'origins'
              ? e.independentOrigins
              : e.lastReported;
        return events
          .filter(
            (e) =>
              (f.actor === undefined || e.actor === f.actor) &&
              (f.type === undefined || e.type === f.type) &&
              (weapon === undefined ||
                e.weapons.some((w) => w.class === weapon || w.system?.toLowerCase() === weapon)) &&
              (f.since === undefined || (e.lastReported !== null && e.lastReported >= f.since)) &&
              (f.until === undefined || (e.firstReported !== null && e.firstReported <= f.until)),
          )
          .sort((x, y) => {
            const [a, b] = [key(x), key(y)];
            if (a !== b) return a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;
            return x.id.localeCompare(y.id);
          })
          .map((e) => e.id);
      };
      const window = { since: day(60), until: day(120) };
      const shapes: Partial<EventFilter>[] = [
        {},
        window,
        { until: day(120) },
        { since: day(200) },
        // One day, which one-day events match only on that day, and a short event only if it spans it.
        { since: day(74), until: day(74) },
        { since: day(0), until: day(0) },
        { since: day(400), until: day(500) },
        { ...window, actor: 'PRK' },
        { ...window, type: 'military_use' },
        { ...window, weapon: 'DRONE' },
        { ...window, weapon: 'shahed-136' },
        { weapon: 'cruise_missile', since: day(100) },
        { ...window, sort: 'first_reported' },
        { ...window, sort: 'origins' },
        { until: day(30), sort: 'origins', weapon: 'drone' },
      ];
      for (const fields of shapes) {
        const expected = naive(filter(fields));
        const label = JSON.stringify(fields);
        const whole = await store.listEvents(filter({ ...fields, limit: 1000 }));
        expect(
          whole.events.map((e) => e.id),
          label,
        ).toEqual(expected);
        expect([whole.total, whole.totalExact], label).toEqual([expected.length, true]);
        const summaries = await store.listEventSummaries(filter({ ...fields, limit: 1000 }));
        expect(
          parseSummaries(summaries.events).map((e) => e.id),
          label,
        ).toEqual(expected);
        const paged: string[] = [];
        for (let offset = 0; offset < expected.length + 9; offset += 9) {
          const page = await store.listEventSummaries(filter({ ...fields, limit: 9, offset }));
          expect(page.total, label).toBe(expected.length);
          paged.push(...parseSummaries(page.events).map((e) => e.id));
        }
        expect(paged, label).toEqual(expected);
        const capped = await store.listEventSummaries(filter({ ...fields, limit: 3 }), { countUpTo: 10 });
        expect(
          parseSummaries(capped.events).map((e) => e.id),
          label,
        ).toEqual(expected.slice(0, 3));
        expect(capped.totalExact, label).toBe(expected.length <= 10);
        if (capped.totalExact) expect(capped.total, label).toBe(expected.length);
        else expect(capped.total, label).toBeGreaterThan(10);
        expect(capped.total, label).toBeLessThanOrEqual(expected.length);
      }
      // Some shapes must find something, or the comparison above proves little.
      expect(naive(filter({ ...window, weapon: 'shahed-136' })).length).toBeGreaterThan(0);
      expect(naive(filter({ since: day(74), until: day(74) })).length).toBeGreaterThan(0);
    });

    it('lists a date window whose end cannot be read as a date the same as by its text', async () => {
      const a = makeEvent('ev_a', { firstReported: '2023-12-20', lastReported: '2024-01-10' });
      const b = makeEvent('ev_b', { firstReported: '2024-01-02', lastReported: '2024-01-02' });
      await store.saveEvents(
        [a, b].map((event) => ({ event, block: block(event) })),
        [],
      );
      const listed = await store.listEvents(filter({ until: '2023-13-01' }));
      expect(listed.events.map((e) => e.id)).toEqual(['ev_a']);
    });

    it('lists a weapon many events name along the sort order, the same as a rare one is looked up', async () => {
      // Past 500 events a term is checked event by event instead of looked up first.
      const events = Array.from({ length: 520 }, (_, i) =>
        makeEvent(`ev_${String(i).padStart(3, '0')}`, {
          claims: [],
          lastReported: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
          weapons: [{ class: 'drone', system: i % 100 === 0 ? 'Geran-2' : null }],
        }),
      );
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      const byDate = (ids: readonly Event[]) =>
        [...ids]
          .sort(
            (x, y) => (y.lastReported ?? '').localeCompare(x.lastReported ?? '') || x.id.localeCompare(y.id),
          )
          .map((e) => e.id);
      const frequent = await store.listEvents(filter({ weapon: 'drone', limit: 20, offset: 40 }));
      expect(frequent.events.map((e) => e.id)).toEqual(byDate(events).slice(40, 60));
      expect([frequent.total, frequent.totalExact]).toEqual([520, true]);
      const rare = await store.listEvents(filter({ weapon: 'geran-2', limit: 1000 }));
      expect(rare.events.map((e) => e.id)).toEqual(byDate(events.filter((_, i) => i % 100 === 0)));
      const capped = await store.listEvents(filter({ weapon: 'drone', limit: 1 }), { countUpTo: 100 });
      expect([capped.total, capped.totalExact]).toEqual([101, false]);
    });

    it('tallies the newest events per source as the track record over their whole claims finds them', async () => {
      const claim = (i: number, outlet: string, source: string | null) =>
        EventClaim.parse({
          document: `doc_${i}`,
          file: null,
          url: null,
          claim: 'c1',
          published: `2024-09-0${1 + (i % 9)}`,
          outlet,
          status: 'asserted',
          source,
          chain: [],
          origin: source ?? outlet,
          evidence: `Report ${i}: Iran shipped drones to Russia.`,
        });
      const events = Array.from({ length: 12 }, (_, i) =>
        makeEvent(`ev_${String(i).padStart(2, '0')}`, {
          status: i % 3 === 0 ? 'disputed' : 'claimed',
          lastReported: `2024-10-${String(10 + i)}`,
          origins: [
            { name: i % 2 === 0 ? 'Reuters' : 'Kremlin', stance: 'asserts', claims: 1, echoes: [] },
          ].map((o) => ({ ...o, kind: 'outlet', official: false, speakers: [], documents: 1 })),
          claims: [
            claim(i * 10, 'Reuters', null),
            claim(i * 10 + 1, 'TASS', i % 2 === 0 ? null : 'Kremlin'),
            claim(i * 10 + 2, 'TASS', i % 4 === 0 ? 'Kremlin' : null),
          ],
        }),
      );
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      for (const window of [5, 100]) {
        const newest = await store.listEvents(filter({ limit: window }));
        const expected = sourceRecords(newest.events);
        expect(expected.length).toBeGreaterThan(1);
        expect(sourceRecordsOfTally(await store.sourceTally(window))).toEqual(expected);
      }
    });

    it('lists the summaries of the events listed, in their order and with their totals, kept in step with each event', async () => {
      const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      const claim = (i: number) =>
        EventClaim.parse({
          document: `doc_${i}`,
          file: null,
          url: null,
          claim: 'c1',
          published: day(i),
          outlet: 'Reuters',
          status: 'asserted',
          source: null,
          chain: [],
          origin: 'Reuters',
          evidence: `Report ${i}:   Iran shipped drones to Russia.`,
        });
      const events = Array.from({ length: 30 }, (_, i) =>
        makeEvent(`ev_${String(i).padStart(2, '0')}`, {
          actor: i % 3 === 0 ? 'PRK' : 'IRN',
          firstReported: day(i * 3),
          // Every fifth event was reported over months, so a date window lists it apart.
          lastReported: day(i * 3 + (i % 5 === 0 ? 120 : i % 3)),
          weapons: [{ class: i % 2 === 0 ? 'drone' : 'cruise_missile', system: null }],
          claims: Array.from({ length: i % 4 }, (_, k) => claim(i * 10 + k)),
        }),
      );
      await store.saveEvents(
        events.map((event) => ({ event, block: block(event) })),
        [],
      );
      for (const fields of [
        {},
        { since: day(30), until: day(60) },
        { since: day(30), until: day(60), limit: 4, offset: 4 },
        { weapon: 'drone', limit: 5, offset: 2 },
        { actor: 'IRN', limit: 6 },
        { sort: 'claims' as const },
      ]) {
        const full = await store.listEvents(filter(fields));
        const listed = await store.listEventSummaries(filter(fields));
        expect(full.events.length, JSON.stringify(fields)).toBeGreaterThan(0);
        expect(parseSummaries(listed.events)).toEqual(full.events.map(summaryOf));
        expect([listed.total, listed.totalExact]).toEqual([full.total, full.totalExact]);
      }
      // The newest report is ev_25's, reported over months, with one claim.
      const [summary] = parseSummaries((await store.listEventSummaries(filter({ limit: 1 }))).events);
      expect([summary?.id, summary?.claims]).toEqual(['ev_25', 1]);
      expect(summary?.headline).toBe('Report 250: Iran shipped drones to Russia.');
      const saved = events[25] ?? makeEvent('none');
      const changed = { ...saved, status: 'disputed' as const, claims: [] };
      await store.saveEvents([{ event: changed, block: block(changed) }], []);
      const [after] = parseSummaries((await store.listEventSummaries(filter({ limit: 1 }))).events);
      expect(after).toEqual(summaryOf(changed));
      expect([after?.status, after?.claims, after?.headline]).toEqual(['disputed', 0, null]);
    });

    it('finds stored fingerprints sharing a band and keeps the first save of one', async () => {
      const fp = {
        published: '2024-09-06',
        outlet: 'Reuters',
        signature: [1, 2, 3],
        echoOf: null,
        originOutlet: 'Reuters',
      };
      await store.saveFingerprint({ document: 'doc_1', ...fp }, ['0:a', '1:b']);
      await store.saveFingerprint({ document: 'doc_2', ...fp, echoOf: 'doc_1' }, ['0:a', '1:c']);
      await store.saveFingerprint({ document: 'doc_1', ...fp, outlet: 'Other' }, ['9:z']);
      expect((await store.fingerprintsSharingBands(['1:b'])).map((f) => f.document)).toEqual(['doc_1']);
      const both = await store.fingerprintsSharingBands(['0:a', '1:c']);
      expect(both).toEqual([
        { document: 'doc_1', ...fp },
        { document: 'doc_2', ...fp, echoOf: 'doc_1' },
      ]);
      expect(await store.fingerprintsSharingBands(['9:z'])).toEqual([]);
      expect(await store.fingerprintsSharingBands([])).toEqual([]);
    });

    it('finds only the fingerprints of documents published within a span, or undated, when given one', async () => {
      const fp = { outlet: 'Reuters', signature: [1, 2, 3], echoOf: null, originOutlet: 'Reuters' };
      await store.saveFingerprint({ document: 'doc_old', published: '2022-01-05', ...fp }, ['0:a']);
      await store.saveFingerprint({ document: 'doc_near', published: '2024-09-06', ...fp }, ['0:a']);
      await store.saveFingerprint({ document: 'doc_undated', published: null, ...fp }, ['0:a']);
      const span = { from: '2024-06-01', to: '2024-12-31' };
      const found = await store.fingerprintsSharingBands(['0:a'], span);
      expect(found.map((f) => f.document)).toEqual(['doc_near', 'doc_undated']);
      expect(await store.fingerprintsSharingBands(['0:a'])).toHaveLength(3);
    });
  });
}
