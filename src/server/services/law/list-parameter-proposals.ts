import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";

/** Proposals waiting for a second administrator, oldest first, with the unit of the value they would change. */
export async function listParameterProposals(db: Db, admin: SessionUser) {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const rows = await db.parameterProposal.findMany({ where: { status: "PENDING" }, orderBy: { proposedAt: "asc" } });
  const units = new Map(
    (await db.parameter.findMany({ distinct: ["code"], select: { code: true, unit: true } })).map((p) => [
      p.code,
      p.unit,
    ]),
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    unit: units.get(r.code) ?? "COUNT",
    validFrom: calendarDateFromDb(r.validFrom),
    value: r.value,
    legalReference: r.legalReference,
    proposedAt: r.proposedAt,
    proposedByMe: r.proposedById === admin.id,
  }));
}
