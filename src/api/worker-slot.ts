// One worker thread doing one job at a time, for the extraction and write pools: a worker that fails,
// stops or is stuck past its guard fails its own job only and is replaced on the next job.
import { Worker } from 'node:worker_threads';
import { CorroborateError } from '../errors.js';

/** A job a slot runs: the id its answer carries, and where the answer or the failure goes. */
export interface SlotJob<Answer> {
  readonly id: number;
  readonly answered: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

/** How a slot's workers are started, guarded and named in errors. */
export interface SlotSpec {
  readonly url: URL;
  readonly workerData?: unknown;
  /** How long a job may run before its worker is ended as stuck. */
  readonly guardMs: number;
  /** The message when the worker fails, and the one when it stops. */
  readonly failed: string;
  readonly stopped: (code: number) => string;
  /** Called when the slot is free again (a job answered or failed), to start the next. */
  readonly onFree: () => void;
}

/** A worker thread running one job at a time, started on first use and replaced when lost. */
export class WorkerSlot<Answer extends { readonly id: number }> {
  private worker: Worker | null = null;
  private job: SlotJob<Answer> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly spec: SlotSpec) {}

  /** Whether a job is under way. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Posts a job's message to the worker; `timeout` is the error when it takes longer than the guard. */
  post(job: SlotJob<Answer>, message: unknown, timeout: () => Error): void {
    this.job = job;
    this.worker ??= this.start();
    const running = this.worker;
    this.timer = setTimeout(() => this.lose(running, timeout()), this.spec.guardMs);
    this.timer.unref();
    running.postMessage(message);
  }

  /** Ends the worker; the job under way fails with `error`. */
  async stop(error: Error): Promise<void> {
    const last = this.worker;
    this.worker = null;
    this.settle()?.reject(error);
    if (last) await last.terminate();
  }

  private start(): Worker {
    const { url, workerData, failed, stopped } = this.spec;
    const started = new Worker(url, workerData === undefined ? {} : { workerData });
    started.unref();
    started.on('message', (answer: Answer) => {
      if (this.worker !== started || this.job?.id !== answer.id) return;
      this.settle()?.answered(answer);
      this.spec.onFree();
    });
    started.on('error', (error) =>
      this.lose(started, new CorroborateError('internal', failed, { cause: error })),
    );
    started.on('exit', (code) => this.lose(started, new CorroborateError('internal', stopped(code))));
    return started;
  }

  private settle(): SlotJob<Answer> | null {
    const job = this.job;
    this.job = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return job;
  }

  // The worker is gone (crashed, stopped, stuck): its job fails, and the next one gets a fresh worker.
  private lose(lost: Worker, error: Error): void {
    if (this.worker !== lost) return;
    this.worker = null;
    void lost.terminate();
    this.settle()?.reject(error);
    this.spec.onFree();
  }
}
