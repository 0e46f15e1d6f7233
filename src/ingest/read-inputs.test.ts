import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../domain/document.js';
import type { IngestOptions } from './index.js';
import { readInputs } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/batch', import.meta.url));

let dir = '';

async function collect(paths: readonly string[], options?: IngestOptions): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

// One line per result, `origin ok` or `origin code`, relative to the temp copy of the fixtures.
function summary(results: readonly IngestResult[]): string[] {
  return results.map((r) => {
    const origin = r.ok ? (r.document.origin ?? '') : r.rejection.origin;
    return `${relative(dir, origin)} ${r.ok ? 'ok' : r.rejection.code}`;
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-ingest-'));
  await cp(FIXTURES, dir, { recursive: true });
  // Binary and non-UTF-8 inputs are written as bytes here so no editor or checkout can alter them.
  await writeFile(
    join(dir, 'binary.txt'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  await writeFile(
    join(dir, 'latin1.txt'),
    Buffer.from('date 2024-01-02\n\nCaf\u00e9 in M\u00fcnchen.\n', 'latin1'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads a folder tree in sorted order, yielding every good document beside each rejection', async () => {
    const results = await collect([dir], {
      outletForHost: (host) => (host === 'example.co.uk' ? 'Example UK' : null),
    });
    expect(summary(results)).toEqual([
      'binary.txt binary',
      'feeds/atom.xml#1 ok',
      'feeds/atom.xml#2 ok',
      'feeds/rss2.xml#1 ok',
      'feeds/rss2.xml#2 ok',
      'html/article.html ok',
      'json/documents.json#1 ok',
      'json/records.jsonl#1 ok',
      'json/records.jsonl#2 bad_json',
      'json/records.jsonl#3 bad_record',
      'latin1.txt not_utf8',
      'other/table.csv unsupported',
      'text/bad-date.txt bad_date',
      'text/empty.txt empty',
      'text/no-date.md ok',
      'text/seed-form.txt ok',
      'text/with-header.txt ok',
    ]);
  });

  it('gives each rejection a reason a person can act on', async () => {
    const reasons = new Map(
      (await collect([dir])).flatMap((r) =>
        r.ok ? [] : [[relative(dir, r.rejection.origin), r.rejection.reason]],
      ),
    );
    expect(reasons.get('binary.txt')).toContain('NUL byte');
    expect(reasons.get('latin1.txt')).toBe(
      'not valid UTF-8 (first bad byte on line 3); re-save the file as UTF-8, e.g. from Latin-1 or Windows-1252',
    );
    expect(reasons.get('text/bad-date.txt')).toContain('February 2024 has 29 days');
    expect(reasons.get('other/table.csv')).toContain('unsupported file type ".csv"');
  });

  it('reads the seed-form file with its date and the body after it', async () => {
    const [result] = await collect([join(dir, 'text/seed-form.txt')]);
    expect(result?.ok && result.document.published).toBe('2024-02-22');
    expect(result?.ok && result.document.text.startsWith('The White House')).toBe(true);
  });

  it('accepts an undated file with a warning and an outlet from its URL host', async () => {
    const [result] = await collect([join(dir, 'text/no-date.md')], {
      outletForHost: (host) => (host === 'example.co.uk' ? 'Example UK' : null),
    });
    expect(result?.ok && result.document).toMatchObject({
      published: null,
      outlet: 'Example UK',
      warnings: ['no publication date: claims will be undated'],
    });
  });

  it('yields unreadable for a missing path and goes on with the next one', async () => {
    const missing = join(dir, 'no-such-file.txt');
    const results = await collect([missing, join(dir, 'text/with-header.txt')]);
    expect(results[0]).toEqual({
      ok: false,
      rejection: {
        origin: missing,
        code: 'unreadable',
        reason: 'cannot read: no such file or folder (ENOENT)',
      },
    });
    expect(results[1]?.ok).toBe(true);
  });

  it('rejects a file over maxBytes as too_large without reading it', async () => {
    const [result] = await collect([join(dir, 'text/with-header.txt')], { maxBytes: 64 });
    expect(result?.ok === false && result.rejection.code).toBe('too_large');
    expect(result?.ok === false && result.rejection.reason).toContain('over the limit of 64');
  });

  it('skips a .gold.json file even when it is named directly', async () => {
    expect(await collect([join(dir, 'with-header.gold.json')])).toEqual([]);
  });

  it('gives the same text the same id whether it comes as text or JSON Lines, re-wrapped', async () => {
    const other = await mkdtemp(join(tmpdir(), 'corroborate-same-'));
    try {
      await writeFile(
        join(other, 'wrapped.txt'),
        'date 2024-06-01\n\nThe same story,\nwrapped\non short lines.\n',
      );
      await writeFile(
        join(other, 'same.jsonl'),
        '{"date":"2024-06-01","text":"The same story, wrapped on short lines."}\n',
      );
      const ids = (await collect([other])).map((r) => (r.ok ? r.document.id : r.rejection.code));
      expect(ids).toHaveLength(2);
      expect(ids[0]).toMatch(/^doc_[0-9a-f]{16}$/);
      expect(ids[1]).toBe(ids[0]);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('reads a folder that links back into itself only once', async () => {
    const loop = await mkdtemp(join(tmpdir(), 'corroborate-loop-'));
    try {
      await writeFile(join(loop, 'a.txt'), 'Body.');
      await symlink(loop, join(loop, 'again'), 'dir');
      expect((await collect([loop])).map((r) => r.ok)).toEqual([true]);
    } finally {
      await rm(loop, { recursive: true, force: true });
    }
  });
});
