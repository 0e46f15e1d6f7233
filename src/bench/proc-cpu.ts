// CPU time of a set of processes while a benchmark runs, read from Linux's /proc: the worker processes
// a benchmark starts and the PostgreSQL server's processes (its backends come and go with connections,
// so each is sampled while it lives). Where /proc is missing the account is empty.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds spent: by the watched processes, and by the server's processes. */
export interface CpuAccount {
  readonly workers: number;
  readonly server: number;
}

/** The CPU account of a sampled run: all of it, or only what was spent between two moments. */
export interface CpuSamples {
  readonly total: CpuAccount;
  /** CPU spent between two moments (ms since the epoch), read from the samples around them. */
  between(from: number, to: number): CpuAccount;
}

function ticksPerSecond(): number {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
}

/** A process's name and its user plus system CPU in clock ticks, or null once it is gone. */
function readStat(pid: string): { name: string; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name sits in parentheses and may hold spaces; the fields after it are counted from there.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    return { name, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function processIds(): string[] {
  try {
    return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
}

/**
 * Samples every `everyMs` the CPU of the processes whose ids `watched()` gives and of every process named
 * `serverName`, until stopped; a process's CPU counts from the first sample (or from zero if it started later).
 */
export function sampleCpu(
  watched: () => readonly number[],
  serverName = 'postgres',
  everyMs = 50,
): { stop: () => CpuSamples } {
  const hz = ticksPerSecond();
  const first = new Map<string, number>();
  const last = new Map<string, { server: boolean; ticks: number }>();
  // The running totals at each sample, so that a part of the run (its busy span) can be told apart.
  const series: { at: number; account: CpuAccount }[] = [];
  const totals = (): CpuAccount => {
    let workers = 0;
    let server = 0;
    for (const [pid, seen] of last) {
      const used = (seen.ticks - (first.get(pid) ?? 0)) / hz;
      if (seen.server) server += used;
      else workers += used;
    }
    return { workers, server };
  };
  const read = (initial: boolean) => {
    const mine = new Set(watched().map(String));
    for (const pid of processIds()) {
      const stat = readStat(pid);
      if (stat === null) continue;
      if (initial) first.set(pid, stat.ticks);
      const server = stat.name === serverName;
      if (server || mine.has(pid)) last.set(pid, { server, ticks: stat.ticks });
    }
    series.push({ at: Date.now(), account: totals() });
  };
  read(true);
  const timer = setInterval(() => read(false), everyMs);
  const at = (t: number): CpuAccount =>
    (series.findLast((s) => s.at <= t) ?? series[0])?.account ?? { workers: 0, server: 0 };
  return {
    stop() {
      clearInterval(timer);
      read(false);
      return {
        total: totals(),
        between(from, to) {
          const a = at(from);
          const b = at(to);
          return { workers: b.workers - a.workers, server: b.server - a.server };
        },
      };
    },
  };
}
