import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type RunningServer, startServer } from '../../src/api/index.js';
import { loadKnowledge, openStore, type Store, sampleCorpusDir } from '../../src/index.js';
import { cliBin } from '../support/paths.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-never-blocks-'));
let store: Store;
let server: RunningServer;
const knowledge = loadKnowledge();
const now = () => new Date('2026-01-02T00:00:00Z');

/** Real news of about `bytes`: the sample corpus's bodies, repeated. */
function news(bytes: number): string {
  const bodies = readdirSync(sampleCorpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(sampleCorpusDir, f), 'utf8').replace(/^(?:\w+ .*\n)*\n/, ''))
    .join('\n\n');
  let text = 'date 2024-03-01\noutlet Reuters\n\n';
  while (text.length < bytes) text += `${bodies}\n\n`;
  return text.slice(0, bytes);
}

/** A raw exchange over TCP, for requests no HTTP client would send. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(out));
  });
}

/** A GET with any Host header (fetch will not send one of its own choosing). */
function getWithHost(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: join(work, 'store.db') });
  server = await startServer(
    { store, knowledge, now, maxBodyBytes: 8 * 1024 * 1024, budgetMs: 1500 },
    { host: '127.0.0.1', port: 0 },
  );
});

afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a server that never blocks', () => {
  test('answers GETs while a long article is extracted, and stores it with a budget warning', async () => {
    const text = news(1_000_000);
    let postedAt = 0;
    const posted = fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    }).then(async (r) => {
      postedAt = performance.now();
      return { status: r.status, body: (await r.json()) as { extraction: { warnings?: string[] } } };
    });
    const answered: number[] = [];
    while (postedAt === 0 && answered.length < 200) {
      const r = await fetch(`${server.url}/api/events?limit=5`);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      answered.push(performance.now());
      await new Promise((done) => setTimeout(done, 20));
    }
    const result = await posted;
    expect(result.status).toBe(201);
    expect(result.body.extraction.warnings?.some((w) => /stopped after 1500 ms/.test(w))).toBe(true);
    // GETs were answered before the extraction finished, not queued behind it.
    expect(answered.filter((t) => t < postedAt).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  test("answers Node's own 400 and 431 with a JSON body", async () => {
    const bad = await raw(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(bad.slice(bad.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'invalid_argument', message: 'the request is not valid HTTP' },
    });
    const big = await raw(
      server.port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4)).error.code).toBe('too_large');
  });

  test('refuses a request naming a host it does not serve (DNS rebinding), answers loopback names', async () => {
    const rebound = await getWithHost(server.port, 'attacker.example:8080', '/api/summary');
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error.message).toContain('--allowed-hosts');
    expect((await getWithHost(server.port, `localhost:${server.port}`, '/api/summary')).status).toBe(200);
    expect((await getWithHost(server.port, `127.0.0.1:${server.port}`, '/api/summary')).status).toBe(200);
  });

  test('answers a host name it was told to allow', async () => {
    const app = createApp({ store, knowledge, now, allowedHosts: ['news.internal'] });
    expect((await app.request('http://news.internal/api/summary')).status).toBe(200);
    expect((await app.request('http://other.internal/api/summary')).status).toBe(403);
  });

  test('refuses a text/plain article that is not UTF-8, as ingest refuses the same bytes in a file', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Iran sent drones to Russia, officials said. Caf'),
      Buffer.from([0xe9]),
    ]);
    const r = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: bytes,
    });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { error: { message: string } }).error.message).toContain('not valid UTF-8');
  });

  test('beyond loopback, /paste needs the token as writes do', async () => {
    const token = 'a-long-enough-token-1234';
    const app = createApp({ store, knowledge, now, token });
    const form = (extra: Record<string, string>) =>
      app.request('/paste', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        body: new URLSearchParams({ text: 'Iran sent drones to Russia.', ...extra }).toString(),
      });
    expect((await form({})).status).toBe(401);
    expect((await form({ token: 'wrong-token-wrong-token' })).status).toBe(401);
    const ok = await form({ token });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Nothing was stored');
    expect(await (await app.request('/paste')).text()).toContain('name="token"');
  });
});

describe('serve refuses what it cannot do safely, without a stack trace', () => {
  const serve = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string; child: ReturnType<typeof spawn> }>(
      (resolve) => {
        const child = spawn(process.execPath, [cliBin, 'serve', '--db', join(work, 'store.db'), ...args], {
          env: { ...process.env, ...env },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c: string) => {
          stdout += c;
          // Listening: the test only needed to know it could.
          if (stdout.includes('serving')) child.kill('SIGTERM');
        });
        child.stderr.setEncoding('utf8').on('data', (c: string) => {
          stderr += c;
        });
        child.on('close', (code) => resolve({ code, stdout, stderr, child }));
      },
    );

  test('a token shorter than 16 characters is refused', async () => {
    const run = await serve(['--port', '0'], { CORROBORATE_TOKEN: 'short' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('at least 16');
  });

  test('--host [::1] serves, or says why it cannot', async () => {
    const run = await serve(['--host', '[::1]', '--port', '0']);
    if (run.stdout.includes('serving')) expect(run.stdout).toContain('http://[::1]:');
    else {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('cannot listen on [::1]');
    }
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
