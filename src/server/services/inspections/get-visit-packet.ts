import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import type { VisitPacket } from "@/lib/inspection/visit-packet";
import { ZInspectionResult } from "@/lib/inspection/inspection-result";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudits } from "@/server/services/audit/record-audit";

/** How far back closed visits stay in the packet, so the inspector sees what they did this week. */
const CLOSED_VISITS_DAYS = 7;

// Visit dates and birth dates are stored as dates (midnight UTC): their UTC day is the calendar date.
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Everything the inspector's tablet keeps on the device to work without a connection: the caller's visits in
 * their district, open ones of any date (an overdue visit must not drop out of sight) and closed ones of the
 * last week. The family's people and phone travel only with open visits, since a tablet can be lost; each
 * open visit sent is an audited read of that family's data.
 */
export async function getVisitPacket(db: Db, user: SessionUser, now: Date): Promise<VisitPacket> {
  if (user.role !== "INSPECTOR") throw new AppError("forbidden");
  const since = new Date(`${bakuDate(now)}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - CLOSED_VISITS_DAYS);
  const rows = await db.inspection.findMany({
    where: {
      inspectorId: user.id,
      application: applicationScope(user),
      OR: [{ status: "SCHEDULED" }, { scheduledFor: { gte: since } }],
    },
    orderBy: [{ scheduledFor: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      attempt: true,
      scheduledFor: true,
      completedAt: true,
      note: true,
      result: true,
      application: {
        select: {
          id: true,
          registrationNumber: true,
          address: true,
          districtCode: true,
          contactPhone: true,
          applicant: { select: { name: true } },
          district: { select: { nameAz: true, nameRu: true, nameEn: true } },
          members: {
            orderBy: { position: "asc" },
            select: { fin: true, firstName: true, lastName: true, patronymic: true, birthDate: true, relation: true },
          },
        },
      },
    },
  });

  const open = rows.filter((row) => row.status === "SCHEDULED");
  await recordAudits(
    db,
    open.map((row) => ({
      actor: user,
      action: "inspection.read",
      entity: "Inspection",
      entityId: row.id,
      applicationId: row.application.id,
      districtCode: row.application.districtCode,
      details: { via: "packet" },
    })),
  );

  return {
    generatedAt: now.toISOString(),
    visits: rows.map((row) => {
      const app = row.application;
      const isOpen = row.status === "SCHEDULED";
      return {
        inspectionId: row.id,
        status: row.status,
        attempt: row.attempt,
        scheduledFor: row.scheduledFor ? isoDay(row.scheduledFor) : null,
        completedAt: row.completedAt ? row.completedAt.toISOString() : null,
        note: row.note,
        registrationNumber: app.registrationNumber,
        address: app.address,
        applicantName: app.applicant.name,
        district: app.district,
        contactPhone: isOpen ? app.contactPhone : null,
        members: isOpen ? app.members.map((m) => ({ ...m, birthDate: isoDay(m.birthDate) })) : [],
        recorded: recordedAnswers(row.status, row.result),
      };
    }),
  };
}

/** A completed visit's stored answers for the done view, without the FINs of those present (only their count). */
function recordedAnswers(status: string, stored: unknown): VisitPacket["visits"][number]["recorded"] {
  if (status !== "COMPLETED") return null;
  const result = ZInspectionResult.safeParse(stored);
  if (!result.success) return null;
  return {
    result: { ...result.data, membersPresent: [] },
    membersPresentCount: result.data.membersPresent.length,
  };
}
