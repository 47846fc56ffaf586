import { beforeAll } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { assignedWithBankOrder } from "./case-fixtures";
import { applicantSession, seedReference } from "./seed-reference";
import { migratedDbPerFile } from "./test-db";

// The test files of changes during the assistance period (issue 14) on a real database with the seeded districts
// and law, on 10 June 2026, with the tRPC caller, the announcements a use-case made, and an assigned family.

/** An assigned Nəsimi family (applied in May 2026), with its citizen session; its card account is opened. */
export async function assignedFamily(db: Db, requestedAt: Date) {
  const seeded = await assignedWithBankOrder(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-05-04",
    status: "OPENED",
    requestedAt,
  });
  return { ...seeded, citizen: await applicantSession(db, seeded.application.id) };
}

/** Sets up the file's database and seed; call it at the top of the test file. */
export function changeReportFile(prefix: string) {
  const testDb = migratedDbPerFile(prefix);
  const now = new Date("2026-06-10T08:00:00Z");
  /** What the use-cases announced, as "<applicationId>:<report or decision id>". */
  const announced: string[] = [];

  beforeAll(async () => {
    await seedReference(testDb.current().db);
    await seedLawData(testDb.current().db);
  });

  const api = (user: SessionUser, at = now) =>
    createCaller({ db: testDb.current().db, user, now: at, authSecret: "x".repeat(32) });

  return {
    testDb,
    now,
    api,
    announced,
    announce: async (applicationId: string, id: string) => {
      announced.push(`${applicationId}:${id}`);
    },
    /** An assigned family whose card account opened now. */
    assignedFamily: () => assignedFamily(testDb.current().db, now),
    /** The family reports that its second member left on 5 June. */
    reportMemberLeft: (family: Awaited<ReturnType<typeof assignedFamily>>) =>
      api(family.citizen).changes.report({
        applicationId: family.application.id,
        changedOn: "2026-06-05",
        change: { kind: "MEMBER_LEFT", memberFin: family.fins[1] },
      }),
  };
}
