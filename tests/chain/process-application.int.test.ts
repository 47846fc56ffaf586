import { describe, expect, it } from "vitest";
import { completeReview, driveUntilSettled, eventually, runningRuns, unstickRun } from "./chain-actors";
import { bakuDate } from "@/kernel/calendar-date";
import { chainPerFile } from "./chain-per-file";

// The background chain end to end: the local engine, the real functions, the simulators. The test plays the
// citizen (submit), the inspector (visit result) and the reviewer; everything else is the app's own code.

const { db, chain } = chainPerFile("chain");

const timeline = async (applicationId: string) =>
  (
    await db().applicationStatusChange.findMany({ where: { applicationId }, orderBy: [{ at: "asc" }, { id: "asc" }] })
  ).map((c) => c.toStatus);

const kinds = async (applicationId: string) =>
  (await db().notification.findMany({ where: { applicationId }, orderBy: { kind: "asc" } }))
    .map((n) => `${n.kind}:${n.status}`)
    .sort();

describe("process-application", () => {
  it("takes an assignable family from SUBMITTED to ASSIGNED: visit, agencies, decision, one bank order, four messages", async () => {
    const [family] = await chain().demoFamilies("assign", 1);
    const id = await chain().submit(db(), family!, 1);
    const statuses = await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 });
    expect(statuses.get(id)).toBe("ASSIGNED");
    expect(await timeline(id)).toEqual(["SUBMITTED", "INSPECTION_SCHEDULED", "DATA_COLLECTED", "ASSIGNED"]);

    const visit = await db().inspection.findFirstOrThrow({
      where: { applicationId: id },
      include: { inspector: true },
    });
    expect(visit).toMatchObject({ attempt: 1, status: "COMPLETED" });
    expect(visit.inspector?.districtCode).toBe(family!.districtCode);
    const app = await db().application.findUniqueOrThrow({ where: { id } });
    expect(visit.scheduledFor!.getTime()).toBeGreaterThan(new Date(`${bakuDate(new Date())}T00:00:00Z`).getTime());
    expect(visit.scheduledFor!.getTime()).toBeLessThan(app.decisionDueOn!.getTime());

    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id, final: true } });
    expect(decision).toMatchObject({ outcome: "ASSIGN", decidedBy: "SYSTEM" });
    expect(decision.amountQepik).toBeGreaterThan(0);
    expect(Array.isArray(decision.rulesChecked) && decision.rulesChecked.length).toBeGreaterThan(10);

    const orders = await db().bankAccountOrder.findMany({ where: { applicationId: id } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: "OPENED", decisionId: decision.id });
    expect(await kinds(id)).toEqual([
      "BANK_CARD_PICKUP:SENT",
      "DECISION:SENT",
      "INSPECTION_DATE:SENT",
      "REGISTRATION_NOTICE:SENT",
    ]);
    const recipient = app.preferredChannel === "EMAIL" ? app.contactEmail! : app.contactPhone!;
    expect(chain().messaging.store.list(recipient)).toHaveLength(4);
    // Booked while the registration notice was sent, the visit's date is still told only after it.
    const told = async (kind: "REGISTRATION_NOTICE" | "INSPECTION_DATE") =>
      db().notification.findFirstOrThrow({ where: { applicationId: id, kind } });
    const [registration, visitDate] = [await told("REGISTRATION_NOTICE"), await told("INSPECTION_DATE")];
    expect(visitDate.createdAt.getTime()).toBeGreaterThanOrEqual(registration.sentAt!.getTime());
  });

  it("stops a review family in AWAITING_REVIEW with an OPEN review, and finishes it with the reviewer's answer", async () => {
    const [family] = await chain().demoFamilies("review", 1);
    const id = await chain().submit(db(), family!, 2);
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 })).get(id)).toBe("AWAITING_REVIEW");
    const review = await db().caseReview.findFirstOrThrow({
      where: { applicationId: id },
      include: { decision: true },
    });
    expect(review.status).toBe("OPEN");
    expect(review.decision).toMatchObject({ outcome: "REVIEW", final: false });
    expect(["ASSIGN", "REFUSE"]).toContain(review.decision.proposedOutcome);
    // The district's caseworker is asked by e-mail (the queue is open before the message goes out).
    const caseworker = await db().user.findFirstOrThrow({
      where: { role: "CASEWORKER", districtCode: family!.districtCode },
    });
    const request = await eventually(chain(), "the review request", () =>
      db().notification.findFirst({
        where: { applicationId: id, kind: "REVIEW_REQUEST", status: "SENT", recipient: caseworker.email! },
      }),
    );
    expect(request.channel).toBe("EMAIL");

    const outcome = review.decision.proposedOutcome === "ASSIGN" ? "ASSIGN" : "REFUSE";
    const reviewerId = await completeReview(db(), id, outcome, "Checked the disability papers in person.");
    const final = await eventually(chain(), "the reviewed decision", async () => {
      await unstickRun(db(), chain(), id);
      return db().decision.findFirst({ where: { applicationId: id, final: true } });
    });
    expect(final).toMatchObject({ outcome, decidedBy: reviewerId, supersedesId: review.decisionId });
    expect(JSON.stringify(final.reasons)).toContain("Checked the disability papers in person.");
    await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000, settled: ["ASSIGNED", "REFUSED"] });
    expect(await timeline(id)).toEqual([
      "SUBMITTED",
      "INSPECTION_SCHEDULED",
      "DATA_COLLECTED",
      "AWAITING_REVIEW",
      outcome === "ASSIGN" ? "ASSIGNED" : "REFUSED",
    ]);
    expect(await kinds(id)).toContain("DECISION:SENT");
    expect(await db().bankAccountOrder.count({ where: { applicationId: id } })).toBe(outcome === "ASSIGN" ? 1 : 0);
  });

  it("refuses a refusable family with its reasons, tells it so, and orders no bank account", async () => {
    const [family] = await chain().demoFamilies("refuse", 1);
    const id = await chain().submit(db(), family!, 3);
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 })).get(id)).toBe("REFUSED");
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id, final: true } });
    expect(decision.outcome).toBe("REFUSE");
    const reasons = decision.reasons as { kind: string; code: string }[];
    expect(reasons.filter((r) => r.kind === "REFUSAL").length).toBeGreaterThan(0);
    expect(await db().bankAccountOrder.count({ where: { applicationId: id } })).toBe(0);
    expect(await kinds(id)).toEqual(["DECISION:SENT", "INSPECTION_DATE:SENT", "REGISTRATION_NOTICE:SENT"]);
    const notice = await db().notification.findFirstOrThrow({ where: { applicationId: id, kind: "DECISION" } });
    expect(JSON.stringify(notice.payload)).toContain(reasons.find((r) => r.kind === "REFUSAL")!.code);
  });

  /** Ends the run's current wait now, as its timeout would (the engine's admin fast-forward). */
  async function timeOutWait(id: string, waitName: string) {
    const run = await eventually(chain(), `the run waiting on ${waitName}`, async () => {
      const r = (await runningRuns(chain())).get(id);
      return r?.waiting.includes(waitName) ? r : null;
    });
    await fetch(new URL(`/admin/runs/${run.id}/fast-forward`, chain().engine.url), { method: "POST" });
  }

  it("books a missed visit once more, then sends the case to review when that one is missed too", async () => {
    const [, family] = await chain().demoFamilies("assign", 2);
    const id = await chain().submit(db(), family!, 4);
    await timeOutWait(id, "wait-inspection-1");
    await timeOutWait(id, "wait-inspection-2");
    await eventually(
      chain(),
      "the review queue",
      async () => (await db().application.findUniqueOrThrow({ where: { id } })).status === "AWAITING_REVIEW",
    );
    const visits = await db().inspection.findMany({ where: { applicationId: id }, orderBy: { attempt: "asc" } });
    expect(visits.map((v) => [v.attempt, v.status])).toEqual([
      [1, "MISSED"],
      [2, "MISSED"],
    ]);
    const notices = await eventually(chain(), "both visit notices", async () => {
      const rows = await db().notification.findMany({ where: { applicationId: id, kind: "INSPECTION_DATE" } });
      return rows.length === 2 ? rows : null;
    });
    expect(notices.map((n) => n.dedupeKey).sort()).toEqual([
      `${id}:INSPECTION_DATE:visit-1`,
      `${id}:INSPECTION_DATE:visit-2`,
    ]);
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id } });
    expect(decision.outcome).toBe("REVIEW");
    expect(JSON.stringify(decision.rulesChecked)).toContain("HOME_INSPECTION");
  });

  // The opening reads the family while it checks the status (open-case-steps.ts): a closed application's reads
  // are dropped, and nobody is asked or told anything.
  it("asks no agency and tells nobody about an application withdrawn before its run starts", async () => {
    const [, , , , family] = await chain().demoFamilies("assign", 5);
    const id = await chain().submitUnannounced(db(), family!, 6);
    await db().application.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    const { announceSubmission } = await import("@/server/services/applications/announce-submission");
    await announceSubmission(id);
    const runOf = async () => {
      const res = await fetch(new URL("/admin/runs?status=completed&limit=5000", chain().engine.url));
      const { runs } = (await res.json()) as {
        runs: { event: { data: { applicationId?: string } }; output: unknown }[];
      };
      return runs.find((r) => r.event.data.applicationId === id);
    };
    const run = await eventually(chain(), "the run to end", runOf);
    expect(run.output).toMatchObject({ applicationId: id, ended: "APPLICATION_CLOSED", at: "start" });
    for (const member of family!.members) expect(chain().sim.requestCount(undefined, member.fin)).toBe(0);
    expect(await db().agencyRequest.count({ where: { applicationId: id } })).toBe(0);
    expect(await db().notification.count({ where: { applicationId: id } })).toBe(0);
    expect(await db().inspection.count({ where: { applicationId: id } })).toBe(0);
  });

  it("ends the run of a withdrawn application and frees the inspector's visit", async () => {
    const [, , family] = await chain().demoFamilies("assign", 3);
    const id = await chain().submit(db(), family!, 5);
    await eventually(chain(), "the run waiting for the visit", async () =>
      (await runningRuns(chain())).get(id)?.waiting.includes("wait-inspection-1"),
    );
    const app = await db().application.findUniqueOrThrow({ where: { id } });
    const { withdrawApplication } = await import("@/server/services/applications/withdraw-application");
    const { announceWithdrawal } = await import("@/server/services/applications/announce-submission");
    await withdrawApplication(
      db(),
      { id: app.applicantId, role: "CITIZEN", name: "rep", districtCode: null, fin: family!.representativeFin },
      id,
      new Date(),
      { announce: announceWithdrawal },
    );
    await eventually(
      chain(),
      "the visit cancelled",
      async () => (await db().inspection.findFirst({ where: { applicationId: id, status: "CANCELLED" } })) !== null,
    );
    await timeOutWait(id, "wait-inspection-1");
    await eventually(chain(), "the run to end", async () => !(await runningRuns(chain())).has(id));
    expect(await db().decision.count({ where: { applicationId: id } })).toBe(0);
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
  });
});
