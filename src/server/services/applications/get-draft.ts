import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { parseStoredDraft } from "./parse-stored-draft";
import { parameterValueOn } from "@/server/services/law/law-data";
import { bakuDate } from "@/kernel/calendar-date";

/** The citizen's own draft with what the wizard needs to resume it on any device. */
export async function getDraft(db: Db, user: SessionUser, applicationId: string, now: Date) {
  if (user.role !== "CITIZEN" || !user.fin) throw new AppError("forbidden");
  const application = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: {
      id: true,
      status: true,
      draft: true,
      draftVersion: true,
      locale: true,
      applicant: { select: { phone: true } },
    },
  });
  if (!application) throw new AppError("notFound");
  return {
    id: application.id,
    status: application.status,
    version: application.draftVersion,
    draft: parseStoredDraft(application.draft, user.fin, now, await parameterValueOn(db, "ADULT_AGE", bakuDate(now))),
    representative: { fin: user.fin, phone: application.applicant.phone },
  };
}
