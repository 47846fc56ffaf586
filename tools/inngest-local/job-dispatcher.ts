import type { EngineContext } from "./context";
import { fireDueCrons } from "./cron-scheduler";
import { processPendingEvents } from "./event-processor";
import { executeJob } from "./run-executor";
import { splitConcurrencyKey } from "./flow-control";
import {
  type CandidateJob,
  type LeasedJob,
  candidateJobs,
  leaseJobs,
  pollDueWork,
  releaseLease,
} from "./store/jobs-store";
import { resolveDueTimers } from "./timer-resolver";

/**
 * The engine's single loop: claim due jobs up to the engine's concurrency (a run's parallel steps each a request
 * of its own, oldest run first), within the functions' concurrency limits, and on every poll tick resolve due
 * timers, fire due crons and finish interrupted event processing. In-process wake-ups make work that the engine
 * itself creates start immediately; polling covers timers and anything left by a crash. One engine per schema,
 * so the requests in flight, counted here per concurrency group, are all there are.
 */
export class JobDispatcher {
  private inFlight = new Map<string, { done: Promise<void>; abort: AbortController; groups: string[] }>();
  private groupsInFlight = new Map<string, number>();
  private backlog = false;
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
    if (free <= 0) this.backlog = true; // every slot busy and work may be due: finished slots come back here
    if (this.stopping || free <= 0) return;
    const now = ctx.now();
    // More candidates than free slots, so jobs held back by a concurrency limit do not starve the others.
    const candidates = await candidateJobs(ctx.db.pool, ctx.s, now, free * 4 + 16);
    const chosen = this.choose(candidates, free);
    // The lease outlives the request timeout, so it only expires when a worker died without a restart.
    const leaseUntil = new Date(now.getTime() + ctx.settings.requestTimeoutMs + 30_000);
    const leased = await leaseJobs(
      ctx.db.pool,
      ctx.s,
      chosen.map((c) => c.job),
      now,
      leaseUntil,
    );
    // Jobs left waiting for a slot: then a finished request frees its slot for them (oldest run first) instead of
    // handing it to its own run's next request.
    this.backlog = candidates.length > chosen.length;
    const groupsOf = new Map(
      chosen.map((c) => [c.job.id, c.concurrencyKeys.map((key) => splitConcurrencyKey(key).group)]),
    );
    for (const claimed of leased) {
      const abort = new AbortController();
      const key = claimed.job.id;
      const groups = groupsOf.get(key) ?? [];
      for (const group of groups) this.groupsInFlight.set(group, (this.groupsInFlight.get(group) ?? 0) + 1);
      const done = this.runSlot(claimed, abort.signal).finally(() => {
        this.inFlight.delete(key);
        for (const group of groups) {
          const left = (this.groupsInFlight.get(group) ?? 1) - 1;
          if (left > 0) this.groupsInFlight.set(group, left);
          else this.groupsInFlight.delete(group);
        }
        this.wake();
      });
      this.inFlight.set(key, { done, abort, groups });
    }
  }

  /** One slot: the job, then the run's next discovery as long as the reply hands one on (same run, same groups). */
  private async runSlot(first: LeasedJob, stop: AbortSignal): Promise<void> {
    const { ctx } = this;
    let job: LeasedJob | undefined = first;
    while (job) {
      const current: LeasedJob = job;
      const signal = AbortSignal.any([stop, AbortSignal.timeout(ctx.settings.requestTimeoutMs)]);
      const handOn =
        this.stopping || this.backlog
          ? undefined
          : { leaseUntil: new Date(ctx.now().getTime() + ctx.settings.requestTimeoutMs + 30_000) };
      job = await executeJob(ctx, current, signal, handOn).catch(async (err: unknown) => {
        // The job stays queued; releasing the lease lets it be retried (a database hiccup, most likely).
        ctx.logger.error(
          `job ${current.job.id} of run ${current.run.id} crashed: ${err instanceof Error ? err.message : String(err)}`,
        );
        await releaseLease(ctx.db.pool, ctx.s, current.job.id).catch(() => undefined);
        return undefined;
      });
      if (job && this.stopping) {
        // Not sent: free it for the next start.
        await releaseLease(ctx.db.pool, ctx.s, job.job.id).catch(() => undefined);
        job = undefined;
      }
    }
  }

  /**
   * Picks up to `free` candidates in their order (oldest run first): a run's discovery only alone, each step once,
   * and no concurrency group beyond its limit, counting the requests in flight and those picked in this pass.
   */
  private choose(candidates: CandidateJob[], free: number): CandidateJob[] {
    const picked: CandidateJob[] = [];
    const pickedGroups = new Map<string, number>();
    const runs = new Map<string, "discovery" | "steps">();
    const steps = new Set<string>();
    for (const candidate of candidates) {
      if (picked.length >= free) break;
      const { job } = candidate;
      const kind = job.step_hash === null ? "discovery" : "steps";
      const runTaken = runs.get(job.run_id);
      if (runTaken === "discovery" || (runTaken === "steps" && kind === "discovery")) continue;
      const stepKey = `${job.run_id}|${job.step_hash ?? ""}`;
      if (steps.has(stepKey)) continue;
      const limits = candidate.concurrencyKeys.map(splitConcurrencyKey);
      const full = limits.some(
        ({ limit, group }) => (this.groupsInFlight.get(group) ?? 0) + (pickedGroups.get(group) ?? 0) >= limit,
      );
      if (full) continue;
      for (const { group } of limits) pickedGroups.set(group, (pickedGroups.get(group) ?? 0) + 1);
      runs.set(job.run_id, kind);
      steps.add(stepKey);
      picked.push(candidate);
    }
    return picked;
  }
}
