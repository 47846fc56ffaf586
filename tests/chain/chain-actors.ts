import { z } from "zod";
import type { ApplicationStatus } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { InspectionResult } from "@/server/services/inspections/inspection-result";
import type { Chain } from "./chain-harness";
import { latestOrderAnswered } from "../support/latest-order-answered";
import { arrangeUnplacedVisits } from "./arrange-unplaced-visits";

// The people around the chain, played by tests and the benchmark: the inspector who submits a visit and the
// reviewer who answers a review. Each writes what the other engineer's services would write, then sends the event.

const zRun = z
  .object({
    id: z.string(),
    status: z.string(),
    event: z.object({ data: z.unknown() }).loose(),
    /** The names of the run's waiting steps. */
    waiting: z.array(z.string().nullable()),
    completed_steps: z.number(),
  })
  .loose();
const zRuns = z.object({ runs: z.array(zRun) });
const zAppEvent = z.object({ applicationId: z.string() });

/**
 * The running chain runs, keyed by application id, in the engine's view for pollers: each run's waiting steps and
 * count of completed steps, not its steps' data (a poll several times a second must cost the engine little).
 */
export async function runningRuns(chain: Chain): Promise<Map<string, z.infer<typeof zRun>>> {
  const res = await fetch(new URL("/admin/runs?status=running&limit=5000&view=waits", chain.engine.url));
  const runs = zRuns.parse(await res.json()).runs;
  const map = new Map<string, z.infer<typeof zRun>>();
  for (const run of runs) {
    const data = zAppEvent.safeParse(run.event.data);
    if (data.success) map.set(data.data.applicationId, run);
  }
  return map;
}

async function send(name: "inspection/completed" | "case/reviewed", data: Record<string, string>, id: string) {
  const { inngest } = await import("@/inngest/client");
  await inngest.send({ name, data, id });
}

/** What the tablet form submits for an ordinary visit (the inspections service's ZInspectionResult). */
function visitResult(day: Date): InspectionResult {
  return {
    version: 1,
    visitedOn: day.toISOString().slice(0, 10),
    housing: { type: "APARTMENT", condition: "SATISFACTORY", rooms: 3 },
    meters: [{ kind: "ELECTRICITY", number: "EL-100200" }],
    landAreaSqm: 0,
    livestock: [],
    vehicles: [],
    largePurchases: [],
    membersPresent: [],
    notes: "",
    judgement: null,
  };
}

/** How a result reaches the chain: told at once (the default), or, to play a lost event, dated `unheardSince` and not told. */
export interface Telling {
  unheardSince?: Date;
}

/** The inspector's tablet: the scheduled visit becomes COMPLETED with a result, and the chain is told. */
export async function completeVisit(db: Db, applicationId: string, telling: Telling = {}): Promise<boolean> {
  const visit = await db.inspection.findFirst({
    where: { applicationId, status: "SCHEDULED", inspectorId: { not: null } },
    orderBy: { attempt: "desc" },
  });
  return visit ? completeScheduledVisit(db, visit, telling) : false;
}

/** `completeVisit` for many applications at once: one query finds the visits to submit (a drill's thousand). */
async function completeVisits(db: Db, applicationIds: string[]): Promise<void> {
  const visits = await db.inspection.findMany({
    where: { applicationId: { in: applicationIds }, status: "SCHEDULED", inspectorId: { not: null } },
    orderBy: { attempt: "desc" },
  });
  const latest = new Map<string, (typeof visits)[number]>();
  for (const visit of visits) if (!latest.has(visit.applicationId)) latest.set(visit.applicationId, visit);
  for (const visit of latest.values()) await completeScheduledVisit(db, visit);
}

async function completeScheduledVisit(
  db: Db,
  visit: { id: string; applicationId: string; scheduledFor: Date | null },
  telling: Telling = {},
): Promise<boolean> {
  const { count } = await db.inspection.updateMany({
    where: { id: visit.id, status: "SCHEDULED" },
    data: {
      status: "COMPLETED",
      completedAt: telling.unheardSince ?? new Date(),
      result: visitResult(visit.scheduledFor ?? new Date()),
    },
  });
  if (count === 1 && !telling.unheardSince)
    await send(
      "inspection/completed",
      { applicationId: visit.applicationId, inspectionId: visit.id },
      `inspection-completed-${visit.id}`,
    );
  return count === 1;
}

/** The reviewer: DONE with an outcome and a written reason, as the review service would store it. */
export async function completeReview(
  db: Db,
  applicationId: string,
  outcome: "ASSIGN" | "REFUSE",
  reason: string,
  telling: Telling = {},
): Promise<string | null> {
  const review = await db.caseReview.findFirst({ where: { applicationId, status: "OPEN" } });
  if (!review) return null;
  const reviewer = await db.user.findFirstOrThrow({
    where: {
      role: "CASEWORKER",
      districtCode: (await db.application.findUniqueOrThrow({ where: { id: applicationId } })).districtCode,
    },
  });
  await db.caseReview.update({
    where: { id: review.id },
    data: {
      status: "DONE",
      outcome,
      reason,
      reviewerId: reviewer.id,
      ...(telling.unheardSince ? { updatedAt: telling.unheardSince } : {}),
    },
  });
  if (!telling.unheardSince)
    await send("case/reviewed", { applicationId, reviewId: review.id }, `case-reviewed-${review.id}`);
  return reviewer.id;
}

/**
 * Plays the inspectors until every application is final or waits for review, or the deadline passes. A result
 * that lands between the chain's check and its wait is caught by fast-forwarding that wait (the chain then reads
 * the row), as a real wait would end at its timeout. With `stallMs`, the deadline is measured from the last
 * progress seen (a status changed, a step finished, a run ended) instead of from the start, so a machine
 * under load makes the test slower, not failed, while a chain that stops moving still fails.
 */
export async function driveUntilSettled(
  db: Db,
  chain: Chain,
  applicationIds: string[],
  opts: {
    timeoutMs?: number;
    /** Restart the deadline whenever something moves (a status, a step, a run): a loaded machine is slow, not stuck. */
    stallMs?: number;
    settled?: readonly ApplicationStatus[];
    /** The district supervisor books the visits the scheduler could not place (a drill's thousand at once). */
    arrangeUnplaced?: boolean;
  } = {},
): Promise<Map<string, ApplicationStatus>> {
  const settled = opts.settled ?? (["ASSIGNED", "REFUSED", "AWAITING_REVIEW"] as const);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  let deadline = Date.now() + (opts.stallMs ?? timeoutMs);
  let lastProgress = "";
  for (;;) {
    const apps = await db.application.findMany({
      where: { id: { in: applicationIds } },
      select: { id: true, status: true },
    });
    const open = apps.filter((a) => !settled.includes(a.status));
    if (opts.arrangeUnplaced)
      await arrangeUnplacedVisits(
        db,
        open.map((a) => a.id),
        new Date(),
      );
    await completeVisits(
      db,
      open.map((a) => a.id),
    );
    const runs = await runningRuns(chain);
    // Final statuses still have steps to go (the notices, the bank): settled once their run has ended too.
    if (opts.stallMs !== undefined) {
      const progress = JSON.stringify([
        apps.map((a) => `${a.id}:${a.status}`).sort(),
        [...runs.values()].map((run) => `${run.id}:${run.completed_steps}`).sort(),
      ]);
      if (progress !== lastProgress) deadline = Date.now() + opts.stallMs;
      lastProgress = progress;
    }
    const busy = apps.filter(
      (a) => !settled.includes(a.status) || (a.status !== "AWAITING_REVIEW" && runs.has(a.id)),
    ).length;
    await unstickAll(
      db,
      chain,
      apps.flatMap((a) => {
        const run = runs.get(a.id);
        return run ? [[a.id, run] as const] : [];
      }),
    );
    if (busy === 0) return new Map(apps.map((a) => [a.id, a.status]));
    if (Date.now() > deadline) {
      throw new Error(
        `not settled in ${opts.stallMs === undefined ? `${timeoutMs} ms` : `${opts.stallMs} ms without progress`}: ${JSON.stringify(apps.filter((a) => !settled.includes(a.status)))}\nengine runs:\n${JSON.stringify(await chain.runs(), null, 1).slice(0, 20_000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * A wait whose event came before the wait started ends only at its timeout; the test stands in for the time
 * passing by fast-forwarding it, once what it waits for is there (the chain then reads the row). One query per kind
 * of wait, not one per run, so a drill's thousand runs are checked in one pass.
 */
async function unstickAll(db: Db, chain: Chain, runs: (readonly [string, z.infer<typeof zRun>])[]): Promise<void> {
  const waitingOn = (prefix: string) =>
    runs.filter(([, run]) => run.waiting.some((name) => (name ?? "").startsWith(prefix))).map(([id]) => id);
  const [visits, reviews, bank] = [
    waitingOn("wait-inspection-"),
    waitingOn("wait-case-review-"),
    waitingOn("wait-bank-answer-"),
  ];
  const [visited, reviewed] = await Promise.all([
    visits.length
      ? db.inspection.findMany({
          where: { applicationId: { in: visits }, status: "COMPLETED" },
          select: { applicationId: true },
        })
      : [],
    reviews.length
      ? db.caseReview.findMany({
          where: { applicationId: { in: reviews }, status: "DONE" },
          select: { applicationId: true },
        })
      : [],
  ]);
  const answered = new Set([...visited, ...reviewed].map((row) => row.applicationId));
  for (const id of bank) if (await latestOrderAnswered(db, id)) answered.add(id);
  for (const [id, run] of runs)
    if (answered.has(id))
      await fetch(new URL(`/admin/runs/${run.id}/fast-forward`, chain.engine.url), { method: "POST" });
}

/** `unstickAll` for one application's run, if it is still running. */
export async function unstickRun(db: Db, chain: Chain, applicationId: string): Promise<void> {
  const run = (await runningRuns(chain)).get(applicationId);
  if (run) await unstickAll(db, chain, [[applicationId, run]]);
}

/** Polls until `probe` returns a value; on timeout, fails with the engine's runs. */
export async function eventually<T>(
  chain: Chain,
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}\nengine runs:\n${JSON.stringify(await chain.runs(), null, 1).slice(0, 20_000)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
