import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliBin, repoRoot } from './paths.js';

/** What a CLI run left behind. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`node bin/corroborate.js ...`) as a user would, from the repository root by default. */
export function runCli(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {},
): Promise<CliRun> {
  if (!existsSync(resolve(repoRoot, 'dist/cli/main.js'))) {
    throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it first)');
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
    });
    collectOutput(child, done, fail);
  });
}

/** Gathers a child process's standard output and error as text, and its exit code. */
export function collectOutput(
  child: ChildProcessWithoutNullStreams,
  done: (result: { code: number | null; stdout: string; stderr: string }) => void,
  fail: (error: Error) => void,
): void {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.on('error', fail);
  child.on('close', (code) => done({ code, stdout, stderr }));
}

/** The fixtures of the CLI tests. */
export const cliFixtures = resolve(repoRoot, 'test/fixtures/cli');
