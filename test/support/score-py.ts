import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { scorePy } from './paths.js';

/** Why the score.py agreement checks cannot run here, or null when they can. */
export function scorePyMissing(): string | null {
  if (!existsSync(scorePy)) return `${scorePy} is absent`;
  if (spawnSync('python3', ['--version']).status !== 0) return 'python3 is not installed';
  return null;
}

/** Runs the reference scorer and returns what it prints. */
export function runScorePy(goldDir: string, systemDir: string, ...flags: string[]): string {
  const run = spawnSync('python3', [scorePy, goldDir, systemDir, ...flags], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.py failed: ${run.stderr}`);
  return run.stdout;
}
