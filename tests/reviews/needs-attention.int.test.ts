import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { listNeedsAttention } from "@/server/services/reviews/list-needs-attention";
import { applicationInReview, applicationWithInspection, submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The staff's list of cases the chain cannot move on its own, on a real database: what is on it, what is not,
// and who may see it.

const testDb = migratedDbPerFile("attention");
const db = () => testDb.current().db;
const now = new Date("2026-03-20T09:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

let caseworker: SessionUser;
let supervisor: SessionUser;
let sabunchuSupervisor: SessionUser;
let inspector: SessionUser;

beforeAll(async () => {
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  sabunchuSupervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
});

/** An assignment's bank order as the chain leaves it. */
async function bankOrder(
  districtCode: string,
  status: "PENDING" | "SENT" | "OPENED" | "FAILED",
  requestedAt: Date,
  lastError: string | null = null,
) {
  const { application } = await applicationInReview(db(), {
    districtCode,
    applicationDate: "2026-03-02",
    proposedOutcome: "ASSIGN",
  });
  const decision = await db().decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      amountQepik: 1_100,
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  await db().application.update({ where: { id: application.id }, data: { status: "ASSIGNED" } });
  await db().bankAccountOrder.create({
    data: {
      applicationId: application.id,
      decisionId: decision.id,
      idempotencyKey: `k-${decision.id}`,
      status,
      requestedAt,
      lastError,
    },
  });
  return application;
}

describe("the cases that need a person", () => {
  it("lists a refused or unanswered card account, a visit nobody could take and a late decision, oldest first, in the district only", async () => {
    const rejected = await bankOrder("BAK-NASIMI", "FAILED", daysBefore(1), "rejected HOLDER_UNKNOWN");
    const unanswered = await bankOrder("BAK-NASIMI", "SENT", daysBefore(6));
    const waiting = await bankOrder("BAK-NASIMI", "SENT", daysBefore(2));
    const opened = await bankOrder("BAK-NASIMI", "OPENED", daysBefore(9));
    const { application: noInspector } = await submittedApplication(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-19",
      status: "INSPECTION_SCHEDULED",
    });
    await db().application.update({
      where: { id: noInspector.id },
      data: { decisionDueOn: new Date("2026-04-08T00:00:00Z") },
    });
    await db().inspection.create({
      data: { applicationId: noInspector.id, status: "SCHEDULED", createdAt: daysBefore(3) },
    });
    const { application: booked } = await applicationWithInspection(db(), {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-25",
    });
    // Due on 10 March (the fixture's due date is its application date) and still open on the 20th.
    const { application: late } = await submittedApplication(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-10",
      status: "AWAITING_REVIEW",
    });
    const { application: elsewhere } = await submittedApplication(db(), {
      districtCode: "BAK-SABUNCHU",
      applicationDate: "2026-03-01",
      status: "AWAITING_REVIEW",
    });

    const rows = await listNeedsAttention(db(), supervisor, now);
    expect(new Set(rows.map((r) => r.applicationId)).size).toBe(rows.length);
    const kinds = new Map(rows.map((r) => [r.applicationId, r.kind]));
    expect(kinds.get(rejected.id)).toBe("BANK_NOT_OPENED");
    expect(kinds.get(unanswered.id)).toBe("BANK_NOT_OPENED");
    expect(kinds.get(noInspector.id)).toBe("VISIT_WITHOUT_INSPECTOR");
    expect(kinds.get(late.id)).toBe("DECISION_LATE");
    for (const quiet of [waiting, opened, booked, elsewhere]) expect(kinds.has(quiet.id)).toBe(false);
    expect(rows.find((r) => r.applicationId === rejected.id)?.detail).toBe("rejected HOLDER_UNKNOWN");
    const times = rows.map((r) => r.since.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // The same list for the district's caseworker; the other district's supervisor sees its own case only.
    expect((await listNeedsAttention(db(), caseworker, now)).map((r) => r.applicationId).sort()).toEqual(
      rows.map((r) => r.applicationId).sort(),
    );
    expect((await listNeedsAttention(db(), sabunchuSupervisor, now)).map((r) => r.applicationId)).toEqual([
      elsewhere.id,
    ]);
    // The list writes no row of its own: `workspace.attention`, its one reader, writes one for the whole page.
    expect(await db().auditLog.count({ where: { action: "attention.list", actorUserId: supervisor.id } })).toBe(0);
  });

  it("is not an inspector's", async () => {
    await expect(listNeedsAttention(db(), inspector, now)).rejects.toMatchObject({ code: "forbidden" });
  });
});
