import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { assignedWithBankOrder } from "../../support/case-fixtures";

/** An assigned Nəsimi family (applied in May 2026), with its citizen session; its card account is opened. */
export async function assignedFamily(db: Db, requestedAt: Date) {
  const seeded = await assignedWithBankOrder(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-05-04",
    status: "OPENED",
    requestedAt,
  });
  const applicant = await db.user.findUniqueOrThrow({ where: { id: seeded.application.applicantId } });
  const citizen: SessionUser = {
    id: applicant.id,
    role: "CITIZEN",
    name: applicant.name,
    districtCode: null,
    fin: applicant.fin,
  };
  return { ...seeded, citizen };
}
