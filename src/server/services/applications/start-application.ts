import type { Db } from "@/server/db/create-client";
import type { Locale } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { startBlocker } from "./start-blocker";

export interface StartApplicationOptions {
  /** Optional: the wizard asks for the district in its address step. */
  districtCode?: string;
  locale: Locale;
  now: Date;
}

/**
 * Opens a draft application for the citizen's family, or returns the draft they already have, so that
 * starting twice (another device, a double tap) resumes instead of splitting the family's answers. A family whose
 * application is under consideration, or whose assistance still runs, gets no new draft (`startBlocker`).
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
    const application = await tx.application.create({
      data: { applicantId: user.id, districtCode: opts.districtCode ?? null, locale: opts.locale },
      select: { id: true, status: true, createdAt: true },
    });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: application.id,
        toStatus: "DRAFT",
        actorKind: "CITIZEN",
        actorUserId: user.id,
        at: opts.now,
      },
    });
    return application;
  });
}
