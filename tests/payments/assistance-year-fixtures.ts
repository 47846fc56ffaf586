import { TRPCError } from "@trpc/server";
import { beforeAll } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { setNoticeRenderingEnv } from "../support/notice-env";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The assistance year's test files (months, resumption, end of period) on a real database: an assignment made in
// March 2026 (March 2026 to February 2027) with its card open, the 2-month stop set directly as the payroll would,
// and the tRPC caller as the family or staff.

export const month = (ym: string) => new Date(`${ym}-01T00:00:00Z`);
export const code = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));

export function assistanceYearFile(prefix: string) {
  const testDb = migratedDbPerFile(prefix);
  const db = () => testDb.current().db;
  const api = (user: SessionUser, now: Date) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });
  const staff: { caseworker?: SessionUser; otherDistrict?: SessionUser } = {};

  beforeAll(async () => {
    // The outbox renders the notice with the app's address; nothing is sent here.
    setNoticeRenderingEnv();
    await seedReference(db());
    staff.caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
    staff.otherDistrict = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
  });

  async function family() {
    const made = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-17",
      status: "OPENED",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
    });
    await createEntitlements(db(), made.decision.id);
    const citizen: SessionUser = {
      id: made.application.applicantId,
      role: "CITIZEN",
      name: "Aynur",
      districtCode: null,
      fin: made.fins[0] ?? null,
    };
    return { ...made, citizen };
  }

  /** March withdrawn, April and May credited and untouched: the June payroll stopped June to February. */
  async function stoppedFromJune(applicationId: string) {
    await db().monthlyEntitlement.updateMany({
      where: { applicationId, month: { in: [month("2026-03"), month("2026-04"), month("2026-05")] } },
      data: { status: "CREDITED" },
    });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId, month: month("2026-03") },
      data: { withdrawnAt: new Date("2026-03-12T10:00:00Z") },
    });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId, month: { gte: month("2026-06") } },
      data: { status: "STOPPED" },
    });
  }

  const statuses = async (applicationId: string) =>
    Object.fromEntries(
      (await db().monthlyEntitlement.findMany({ where: { applicationId }, orderBy: { month: "asc" } })).map((m) => [
        calendarDateFromDb(m.month).slice(0, 7),
        m.status,
      ]),
    );

  return {
    db,
    api,
    family,
    stoppedFromJune,
    statuses,
    caseworker: () => staff.caseworker!,
    otherDistrict: () => staff.otherDistrict!,
  };
}
