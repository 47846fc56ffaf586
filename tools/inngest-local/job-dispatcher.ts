import type { EngineContext } from "./context";
import { fireDueCrons } from "./cron-scheduler";
import { processPendingEvents } from "./event-processor";
import { executeJob } from "./run-executor";
import { claimJobs, pollDueWork } from "./store/jobs-store";
import { releaseLeaseOfJob } from "./store/runs-store";
import { resolveDueTimers } from "./timer-resolver";

/**
 * The engine's single loop: claim due jobs up to the concurrency limit (each for a different run), and on every
 * poll tick resolve due timers, fire due crons and finish interrupted event processing. In-process wake-ups make
 * work that the engine itself creates start immediately; polling covers timers and anything left by a crash.
 */
export class JobDispatcher {
  private inFlight = new Map<string, { done: Promise<void>; abort: AbortController }>();
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  private loop: Promise<void> | undefined;
  private lastHousekeeping = 0;

  constructor(private readonly ctx: EngineContext) {}

  start(): void {
    this.loop = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops claiming; waits `graceMs` for requests in flight, then aborts them (their jobs stay queued). */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    const all = Promise.all([...this.inFlight.values()].map((entry) => entry.done));
    const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([all, timer]);
    for (const entry of this.inFlight.values()) entry.abort.abort();
    await all;
  }

  private async run(): Promise<void> {
    const { ctx } = this;
    let failures = 0;
    this.woken = true;
    while (!this.stopping) {
      try {
        let jobsDue = this.woken;
        this.woken = false;
        if (Date.now() - this.lastHousekeeping >= ctx.settings.pollIntervalMs) {
          this.lastHousekeeping = Date.now();
          const due = await pollDueWork(ctx.db.pool, ctx.s, ctx.now());
          if (due.timers) await resolveDueTimers(ctx);
          if (due.crons) await fireDueCrons(ctx);
          if (due.events) await processPendingEvents(ctx);
          jobsDue ||= due.jobs;
        }
        // Housekeeping may have queued jobs (a timer ended, an event matched): claim them in this same pass.
        jobsDue ||= this.woken;
        this.woken = false;
        if (jobsDue) await this.claimAvailable();
        failures = 0;
      } catch (err) {
        failures++;
        ctx.logger.error(`dispatcher: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (this.stopping) break;
      if (this.woken) continue;
      const delay = failures
        ? Math.min(5_000, ctx.settings.pollIntervalMs * 2 ** failures)
        : ctx.settings.pollIntervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  private async claimAvailable(): Promise<void> {
    const { ctx } = this;
    const free = ctx.settings.concurrency - this.inFlight.size;
    if (this.stopping || free <= 0) return;
    const now = ctx.now();
    // The lease outlives the request timeout, so it only expires when a worker died without a restart.
    const leaseUntil = new Date(now.getTime() + ctx.settings.requestTimeoutMs + 30_000);
    for (const claimed of await claimJobs(ctx.db.pool, ctx.s, now, leaseUntil, free)) {
      const abort = new AbortController();
      const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(ctx.settings.requestTimeoutMs)]);
      const key = claimed.job.id;
      const done = executeJob(ctx, claimed.job, claimed.run, signal)
        .catch(async (err: unknown) => {
          // The job stays queued; releasing the lease lets it be retried (a database hiccup, most likely).
          ctx.logger.error(
            `job ${key} of run ${claimed.run.id} crashed: ${err instanceof Error ? err.message : String(err)}`,
          );
          await releaseLeaseOfJob(ctx.db.pool, ctx.s, claimed.run.id, key).catch(() => undefined);
        })
        .finally(() => {
          this.inFlight.delete(key);
          this.wake();
        });
      this.inFlight.set(key, { done, abort });
    }
  }
}
