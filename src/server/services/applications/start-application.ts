import type { Db } from "@/server/db/create-client";
import type { Locale } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";

export interface StartApplicationOptions {
  districtCode: string;
  locale: Locale;
}

/** Opens a draft application for the citizen's family in the district they live in. */
export async function startApplication(db: Db, user: SessionUser, opts: StartApplicationOptions) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const district = await db.district.findUnique({ where: { code: opts.districtCode } });
  if (!district) throw new AppError("invalidInput", { field: "districtCode" });
  return db.$transaction(async (tx) => {
    const application = await tx.application.create({
      data: { applicantId: user.id, districtCode: district.code, locale: opts.locale },
      select: { id: true, status: true, createdAt: true },
    });
    await tx.applicationStatusChange.create({
      data: { applicationId: application.id, toStatus: "DRAFT", actorKind: "CITIZEN", actorUserId: user.id },
    });
    return application;
  });
}
