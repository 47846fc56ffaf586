import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError, isAppErrorCode } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import { draftSchema, firstIssue } from "@/lib/wizard/draft-schema";
import type { SaveDraftRequest } from "./application-wizard.types";
import { findOpenFamilyConflicts } from "./find-open-family-conflicts";
import { parameterValueOn } from "@/server/services/law/law-data";

/**
 * Stores the wizard's state after a step. The whole draft is checked as on submission, so nothing invalid is
 * stored; the write happens only if nobody saved in between (optimistic concurrency on draftVersion), so a
 * stale tab cannot overwrite what was typed on another device.
 */
export async function saveDraft(
  db: Db,
  user: SessionUser,
  request: SaveDraftRequest,
  now: Date,
): Promise<{ version: number }> {
  if (user.role !== "CITIZEN" || !user.fin) throw new AppError("forbidden");
  const parsed = draftSchema({
    today: bakuDate(now),
    representativeFin: user.fin,
    adultAge: await parameterValueOn(db, "ADULT_AGE", bakuDate(now)),
  }).safeParse(request.draft);
  if (!parsed.success) {
    const { code, field } = firstIssue(parsed.error);
    throw new AppError(isAppErrorCode(code) ? code : "invalidInput", { field });
  }
  const draft = parsed.data;

  const memberFins = (draft.members ?? []).map((m) => m.fin);
  const taken = await findOpenFamilyConflicts(db, memberFins, request.applicationId);
  const index = memberFins.findIndex((fin) => taken.has(fin));
  if (index >= 0) throw new AppError("familyHasOpenApplication", { field: `members.${index}.fin` });

  const written = await db.application.updateMany({
    where: { id: request.applicationId, applicantId: user.id, status: "DRAFT", draftVersion: request.expectedVersion },
    data: {
      draft: draft as Prisma.InputJsonValue,
      draftVersion: { increment: 1 },
      // The time of the latest save with consent given; cleared if consent is taken back before submission.
      consentGivenAt: draft.consent ? now : null,
    },
  });
  if (written.count === 1) return { version: request.expectedVersion + 1 };

  const current = await db.application.findFirst({
    where: { id: request.applicationId, applicantId: user.id },
    select: { status: true, draftVersion: true },
  });
  if (!current) throw new AppError("notFound");
  if (current.status !== "DRAFT") throw new AppError("notDraft");
  throw new AppError("draftConflict", { version: current.draftVersion });
}
