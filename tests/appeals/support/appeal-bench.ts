import { afterAll, beforeAll } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submittedApplication } from "../../support/case-fixtures";
import { startEventSink } from "../../support/event-sink";
import { seedReference, staffSession } from "../../support/seed-reference";
import { migratedDbPerFile } from "../../support/test-db";

// The appeal-answer tests' bench: a database per file, the Nəsimi and Sabunchu supervisors, an event sink standing
// in for the background engine, and a decided application with an OPEN appeal. Registers its hooks in the
// calling file; the staff sessions are set by its beforeAll.

// 23:30 UTC on 31 October is already 1 November in Baku: the new period starts with November.
export const now = new Date("2026-10-31T23:30:00Z");
export const EXPLANATION = "The car was sold in 2024; the registry entry is out of date.";
export const car = {
  code: "MOTOR_VEHICLE",
  kind: "REFUSAL",
  evidence: { sources: ["AGENCY:vehicles"], facts: {} },
  message: { az: "Avtomobil var.", ru: "Есть автомобиль.", en: "The family owns a car." },
};

export interface AppealStaff {
  supervisor: SessionUser;
  secondSupervisor: SessionUser;
  sabunchuSupervisor: SessionUser;
  caseworker: SessionUser;
}

export function appealBench(name: string) {
  const testDb = migratedDbPerFile(name);
  let createCaller: typeof CreateCaller;
  let sink: Awaited<ReturnType<typeof startEventSink>>;
  const staff = {} as AppealStaff;
  const db = () => testDb.current().db;
  const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });
  const announced = (appealId: string) =>
    sink.events.filter((e) => e.name === "appeal/answered" && e.id === `appeal-answered-${appealId}`).length;

  /** A decided application of the Nasimi district, with an OPEN appeal assigned to the supervisor. */
  async function appealed(opts: {
    outcome: "ASSIGN" | "REFUSE";
    memberCount: number;
    criterionQepik: number;
    incomeQepik: number;
    amountQepik?: number;
    decidedBy?: string;
    assignedTo?: SessionUser;
  }) {
    const { application } = await submittedApplication(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    const assign = opts.outcome === "ASSIGN";
    await db().application.update({ where: { id: application.id }, data: { status: assign ? "ASSIGNED" : "REFUSED" } });
    const decision = await db().decision.create({
      data: {
        applicationId: application.id,
        outcome: opts.outcome,
        memberCount: opts.memberCount,
        criterionQepik: opts.criterionQepik,
        incomeQepik: opts.incomeQepik,
        amountQepik: assign ? (opts.amountQepik ?? null) : null,
        periodFrom: assign ? new Date("2026-03-01T00:00:00Z") : null,
        periodTo: assign ? new Date("2027-02-28T00:00:00Z") : null,
        reasons: assign ? [] : [car],
        rulesChecked: [],
        decidedBy: opts.decidedBy ?? "SYSTEM",
        final: true,
        createdAt: new Date("2026-10-01T08:00:00Z"),
      },
    });
    const appeal = await db().appeal.create({
      data: {
        applicationId: application.id,
        decisionId: decision.id,
        reason: "The car was sold two years ago.",
        supervisorId: (opts.assignedTo ?? staff.supervisor).id,
        submittedAt: new Date("2026-10-15T08:00:00Z"),
      },
    });
    return { application, decision, appeal };
  }

  const refused = (incomeQepik = 40_000) =>
    appealed({ outcome: "REFUSE", memberCount: 4, criterionQepik: 24_000, incomeQepik });
  const decisionsOf = (applicationId: string) =>
    db().decision.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
  const auditsOf = (entityId: string, action: string) => db().auditLog.count({ where: { entityId, action } });
  beforeAll(async () => {
    sink = await startEventSink();
    process.env.INNGEST_DEV = sink.url;
    ({ createCaller } = await import("@/server/api/root"));
    await seedReference(db());
    staff.supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    staff.caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
    staff.sabunchuSupervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
    await db().user.create({
      data: {
        role: "SUPERVISOR",
        name: "Second Supervisor",
        email: "supervisor2.nasimi@test.local",
        districtCode: "BAK-NASIMI",
      },
    });
    staff.secondSupervisor = await staffSession(db(), "supervisor2.nasimi@test.local");
  });

  afterAll(async () => {
    await sink?.stop();
  });

  return { db, api, announced, appealed, refused, decisionsOf, auditsOf, staff };
}
