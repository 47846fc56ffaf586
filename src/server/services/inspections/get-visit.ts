import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { assignedInspection } from "./find-assigned-inspection";
import { ZInspectionResult } from "./inspection-result";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * What the inspector needs at the door: the address and the people the family declared, with their birth
 * dates so they can be recognised, and the result once recorded. An audited read of personal data.
 */
export async function getVisit(db: Db, user: SessionUser, inspectionId: string) {
  if (user.role !== "INSPECTOR") throw new AppError("forbidden");
  const inspection = await db.inspection.findFirst({
    where: assignedInspection(user, inspectionId),
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
          district: { select: { nameAz: true, nameRu: true, nameEn: true } },
          members: {
            orderBy: { position: "asc" },
            select: { fin: true, firstName: true, lastName: true, patronymic: true, birthDate: true, relation: true },
          },
        },
      },
    },
  });
  if (!inspection) throw new AppError("notFound");
  const app = inspection.application;
  await recordAudit(db, {
    actor: user,
    action: "inspection.read",
    entity: "Inspection",
    entityId: inspection.id,
    applicationId: app.id,
    districtCode: app.districtCode,
  });
  const stored = ZInspectionResult.safeParse(inspection.result);
  return {
    inspectionId: inspection.id,
    status: inspection.status,
    attempt: inspection.attempt,
    scheduledFor: iso(inspection.scheduledFor),
    completedAt: inspection.completedAt,
    note: inspection.note,
    result: stored.success ? stored.data : null,
    application: {
      id: app.id,
      registrationNumber: app.registrationNumber,
      address: app.address,
      contactPhone: app.contactPhone,
      district: app.district,
      members: app.members.map((m) => ({ ...m, birthDate: iso(m.birthDate) ?? "" })),
    },
  };
}
