import { describe, expect, it } from "vitest";
import {
  ANNOUNCE_GRACE_MS,
  findUnannouncedSubmissions,
} from "@/server/services/applications/find-unannounced-submissions";
import { bakuDate } from "@/kernel/calendar-date";
import { completeReview, completeVisit, driveUntilSettled, eventually, runningRuns } from "./chain-actors";
import { chainPerFile } from "./chain-per-file";

// The chain's two schedules, fired through the local engine as their cron would fire them: the sweep that
// announces again a submission whose announcement was lost, and the morning watch over decision deadlines.

const { db, chain } = chainPerFile("chain_crons");

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const notificationKinds = async (applicationId: string) =>
  (await db().notification.findMany({ where: { applicationId } })).map((n) => n.kind);

describe("the sweep for stalled applications", () => {
  it("announces a submission whose announcement was lost, and leaves one still within its grace period", async () => {
    const [lost, fresh] = await chain().demoFamilies("assign", 2);
    const lostId = await chain().submitUnannounced(db(), lost!, 1);
    const freshId = await chain().submitUnannounced(db(), fresh!, 2);
    await db().application.update({ where: { id: lostId }, data: { submittedAt: minutesAgo(11) } });
    expect(await findUnannouncedSubmissions(db(), { now: new Date() })).toEqual([lostId]);

    await chain().fireCron("sweep-stalled-applications");
    await eventually(chain(), "the lost submission's run to start", async () =>
      (await notificationKinds(lostId)).includes("REGISTRATION_NOTICE"),
    );
    await eventually(
      chain(),
      "the visit to be booked",
      async () =>
        (await db().application.findUniqueOrThrow({ where: { id: lostId } })).status === "INSPECTION_SCHEDULED",
    );
    expect(await db().auditLog.count({ where: { applicationId: lostId, action: "application.reannounced" } })).toBe(1);

    // The started run is not announced twice, and the fresh one waits for its grace period to pass.
    expect(await findUnannouncedSubmissions(db(), { now: new Date() })).toEqual([]);
    expect(await findUnannouncedSubmissions(db(), { now: new Date(Date.now() + ANNOUNCE_GRACE_MS + 60_000) })).toEqual([
      freshId,
    ]);
    expect(await notificationKinds(freshId)).toEqual([]);
  });

  it("tells a waiting run the visit result and the review it did not hear", async () => {
    const [visited] = (await chain().demoFamilies("assign", 3)).slice(2);
    const [reviewed] = (await chain().demoFamilies("review", 3)).slice(2);
    const visitedId = await chain().submit(db(), visited!, 5);
    const reviewedId = await chain().submit(db(), reviewed!, 6);
    await eventually(chain(), "the run waiting for the visit", async () =>
      (await runningRuns(chain())).get(visitedId)?.waiting.includes("wait-inspection-1"),
    );
    expect(await completeVisit(db(), visitedId, { unheardSince: minutesAgo(11) })).toBe(true);
    expect(await driveUntilSettled(db(), chain(), [reviewedId], { timeoutMs: 45_000 })).toEqual(
      new Map([[reviewedId, "AWAITING_REVIEW"]]),
    );
    await eventually(chain(), "the run waiting for the review", async () =>
      (await runningRuns(chain())).get(reviewedId)?.waiting.some((name) => name?.startsWith("wait-case-review-")),
    );
    expect(
      await completeReview(db(), reviewedId, "REFUSE", "Ailə başqa ünvanda yaşayır.", { unheardSince: minutesAgo(11) }),
    ).not.toBeNull();

    await chain().fireCron("sweep-stalled-applications");
    const status = async (id: string) => (await db().application.findUniqueOrThrow({ where: { id } })).status;
    await eventually(chain(), "the visit result heard", async () =>
      ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"].includes(await status(visitedId)),
    );
    await eventually(chain(), "the review heard", async () => (await status(reviewedId)) === "REFUSED");
  });
});

describe("the deadline watch", () => {
  it("tells a family whose decision is late, once, and escalates one near its deadline to the district's supervisors", async () => {
    const [late, near] = await chain().demoFamilies("review", 2);
    const lateId = await chain().submitUnannounced(db(), late!, 3);
    const nearId = await chain().submitUnannounced(db(), near!, 4);
    await db().application.update({
      where: { id: lateId },
      data: { decisionDueOn: new Date(`${bakuDate(minutesAgo(3 * 24 * 60))}T00:00:00Z`) },
    });
    await db().application.update({
      where: { id: nearId },
      data: { decisionDueOn: new Date(`${bakuDate(new Date())}T00:00:00Z`) },
    });

    for (let round = 1; round <= 2; round++) {
      await chain().fireCron("watch-decision-deadlines");
      await eventually(chain(), `deadline watch round ${round}`, async () => {
        const res = await fetch(
          new URL("/admin/runs?function_id=vemtas-watch-decision-deadlines&status=completed", chain().engine.url),
        );
        return ((await res.json()) as { runs: unknown[] }).runs.length >= round;
      });
    }
    expect((await notificationKinds(lateId)).filter((k) => k === "DECISION_LATE")).toHaveLength(1);
    const supervisors = await db().user.count({
      where: { role: "SUPERVISOR", active: true, districtCode: near!.districtCode },
    });
    expect(supervisors).toBeGreaterThan(0);
    expect((await notificationKinds(nearId)).filter((k) => k === "REVIEW_REQUEST")).toHaveLength(supervisors);
    expect(await db().auditLog.count({ where: { applicationId: nearId, action: "application.deadlineAtRisk" } })).toBe(
      1,
    );
  });
});
