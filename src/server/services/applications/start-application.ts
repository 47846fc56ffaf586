import type { Db } from "@/server/db/create-client";
import type { Locale, Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { AppError } from "@/server/errors";
import { parameterValueOn } from "@/server/services/law/law-data";
import { startBlocker } from "./start-blocker";
import { renewalDraft, renewalSourceSelect } from "./start-renewal";

export interface StartApplicationOptions {
  /** Optional: the wizard asks for the district in its address step. */
  districtCode?: string;
  locale: Locale;
  now: Date;
}

/**
 * Opens a draft application for the citizen's family, or returns the draft they already have, so that
 * starting twice (another device, a double tap) resumes instead of splitting the family's answers. A family whose
 * application is under consideration, or whose assistance still runs, gets no new draft (`startBlocker`). One that
 * applied before (an application withdrawn, refused, or whose period ended) starts from its last submitted
 * answers, as "Apply again" does (`renewalDraft`): what it told us once is not typed again on a phone; consent is
 * asked again, and every answer can be changed.
 */
export async function startApplication(db: Db, user: SessionUser, opts: StartApplicationOptions) {
  if (user.role !== "CITIZEN" || !user.fin) throw new AppError("forbidden");
  const fin = user.fin;
  if (opts.districtCode !== undefined && !(await db.district.findUnique({ where: { code: opts.districtCode } }))) {
    throw new AppError("invalidInput", { field: "districtCode" });
  }
  return db.$transaction(async (tx) => {
    // Serialises starts by the same person, so two taps cannot open two drafts.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start:${user.id}`}))`;
    const existing = await tx.application.findFirst({
      where: { applicantId: user.id, status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, createdAt: true },
    });
    if (existing) return existing;
    const blocker = await startBlocker(tx, fin, opts.now);
    if (blocker?.code === "familyHasOpenApplication") throw new AppError(blocker.code);
    if (blocker) throw new AppError(blocker.code, { until: blocker.until, opensOn: blocker.opensOn });
    const earlier = await tx.application.findFirst({
      where: { applicantId: user.id, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: renewalSourceSelect,
    });
    const today = bakuDate(opts.now);
    const draft = earlier
      ? renewalDraft(earlier, fin, opts.now, await parameterValueOn(tx, "ADULT_AGE", today))
      : undefined;
    const application = await tx.application.create({
      data: {
        applicantId: user.id,
        districtCode: opts.districtCode ?? draft?.address?.districtCode ?? null,
        locale: opts.locale,
        ...(draft ? { draft: draft as Prisma.InputJsonValue } : {}),
      },
      select: { id: true, status: true, createdAt: true },
    });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: application.id,
        toStatus: "DRAFT",
        actorKind: "CITIZEN",
        actorUserId: user.id,
        at: opts.now,
        ...(earlier ? { note: `filled-from:${earlier.id}` } : {}),
      },
    });
    return application;
  });
}
