import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { cliFixtures, collectOutput, runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-first-hour-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs an ES module given as text with Node from a folder, as `node try.mjs` would. */
function runModule(
  source: string,
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module'], { cwd });
    collectOutput(child, done, fail);
    child.stdin.end(source);
  });
}

describe('the first hour from the README', () => {
  test("the demo's printed next steps run as printed, and its summary counts events and names the best corroborated", async () => {
    const cwd = mkdtempSync(join(work, 'demo-'));
    const demo = await runCli(['demo'], { cwd });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^events +[1-9]\d*$/m);
    expect(demo.stdout).toMatch(/most corroborated/);
    expect(demo.stdout).toMatch(/^ {2}ev_[0-9a-f]{16} {2}\w+ .* \d+ origin\(s\)/m);
    const steps = demo.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('npx corroborate ') && !line.includes(' serve '));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const args = step.replace(/^npx corroborate /, '').split(/\s+/);
      const run = await runCli(args, { cwd });
      expect({ step, code: run.code }).toEqual({ step, code: 0 });
      expect(run.stderr).not.toMatch(/^corroborate: /m);
      // `export --out FILE` writes its file; the others print.
      const out = /--out (\S+)/.exec(step)?.[1];
      if (out === undefined) expect(run.stdout.length).toBeGreaterThan(0);
      else expect(readFileSync(join(cwd, out), 'utf8').length).toBeGreaterThan(0);
    }
    // Without --db, a reading command says where the demo's store is.
    const plain = await runCli(['events'], { cwd });
    expect(plain.code).toBe(4);
    expect(plain.stderr).toContain('--db corroborate-demo.db');
  });

  test("the README's programmatic example runs inside the clone, importing 'corroborate' by name", async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Programmatic API'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain("from 'corroborate'");
    const db = join(work, 'api-example.db');
    const docs = join(cliFixtures, 'docs');
    const source = (code ?? '')
      .replaceAll("'news/'", JSON.stringify(docs))
      .replaceAll("'news.db'", JSON.stringify(db))
      .replace('// { stored', 'console.log(JSON.stringify(report)); // { stored');
    const run = await runModule(source, repoRoot);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.stored).toBe(2);
    expect(existsSync(db)).toBe(true);
  });

  test('ingest of a path that does not exist exits 4 and leaves no store behind', async () => {
    const db = join(work, 'never.db');
    const run = await runCli(['ingest', join(work, 'no/such/path'), '--db', db]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/no such file or folder: .*no\/such\/path/);
    expect(existsSync(db)).toBe(false);
  });

  test('eval on a folder without gold files exits 4 with a message, printing no scores', async () => {
    const dir = join(work, 'no-gold');
    mkdirSync(dir);
    const run = await runCli(['eval', dir]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/no NAME\.gold\.json files in .*no-gold/);
    expect(run.stdout).toBe('');
  });

  test('serve on a busy port exits 2 with a message and no stack trace', async () => {
    const db = join(work, 'serve.db');
    expect((await runCli(['ingest', join(cliFixtures, 'docs'), '--db', db])).code).toBe(0);
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const run = await runCli(['serve', '--db', db, '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`port ${port} is already in use`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  test('the extract summary shows whole evidence, and the time and quantity of a claim', async () => {
    const run = await runCli(['extract', join(cliFixtures, 'docs/dprk-containers.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {6}quantity: ~1000\+ \("more than 1,000"\)$/m);
    expect(run.stdout).toMatch(/^ {6}time: \d{4}-\d{2}-\d{2} \("Friday"\)$/m);
    expect(run.stdout).toContain(
      '"North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia for use in Ukraine, the White House said on Friday."',
    );
  });
});
