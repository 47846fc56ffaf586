import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

/** A caseworker or supervisor writes a note on a case of their own district. */
export async function addCaseNote(db: Db, user: SessionUser, opts: { applicationId: string; text: string }) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { AND: [{ id: opts.applicationId }, applicationScope(user)] },
      select: { id: true, districtCode: true },
    });
    if (!application) throw new AppError("notFound");
    const note = await tx.caseNote.create({
      data: { applicationId: application.id, authorId: user.id, text: opts.text },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "caseNote.create",
      entity: "CaseNote",
      entityId: note.id,
      applicationId: application.id,
      districtCode: application.districtCode,
    });
    return note;
  });
}
