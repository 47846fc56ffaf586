import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import type { ZManualAgencyEntry } from "@/lib/workspace/manual-agency-entry";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadApplicationTargets, targetsOf } from "@/server/services/agencies/load-application-targets";
import { zStoredAgencyData } from "@/server/services/agencies/stored-result";
import { connectors } from "@/server/integrations/agencies/connectors";
import { assessApplication } from "@/server/services/decisions/assess-application";
import { proposalOf } from "@/server/services/decisions/proposal-of";
import { engineInspectionOf } from "@/server/services/inspections/engine-inspection-of";
import { applyAgencyData } from "./apply-agency-data";

export type EnterAgencyDataResult = {
  entryId: string;
  status: "APPLIED" | "PENDING";
  outcomeWithout: "ASSIGN" | "REFUSE";
  outcomeWith: "ASSIGN" | "REFUSE";
  rerun: boolean;
};

/**
 * A caseworker or supervisor of the district enters, with a reason, the facts an agency that could not answer
 * would have given, in that agency's reply contract. The engine weighs the case with and without them: when the
 * proposed outcome stays the same the entry takes effect at once; when it changes, the entry waits for a
 * supervisor of the district other than the person who entered it (decide-agency-data.ts). Audited either way.
 */
export async function enterAgencyData(
  db: Db,
  user: SessionUser,
  input: z.output<typeof ZManualAgencyEntry>,
  now: Date,
): Promise<EnterAgencyDataResult> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, applicationScope(user)] },
    select: { id: true, districtCode: true, applicationDate: true },
  });
  if (!app) throw new AppError("notFound");
  if (!app.applicationDate) throw new AppError("invalidInput");
  const targets = await loadApplicationTargets(db, app.id);
  const target = targetsOf(input.agency, targets).find((t) => t.storedAs === input.memberFin);
  if (!target) throw new AppError("invalidInput", { field: "memberFin" });

  const key = { applicationId: app.id, agency: input.agency, memberFin: input.memberFin };
  const row = await db.agencyResult.findUnique({ where: { applicationId_agency_memberFin: key } });
  const stored = row ? zStoredAgencyData.safeParse(row.data) : null;
  if (!row || row.available || (stored?.success && stored.data.kind !== "UNAVAILABLE"))
    throw new AppError("agencyDataNotMissing");
  if (await db.manualAgencyEntry.findFirst({ where: { ...key, status: "PENDING" }, select: { id: true } }))
    throw new AppError("agencyDataPending");

  // The person and period are the request's, never the form's: the reply answers exactly what was asked.
  const parsed = connectors[input.agency].reply.safeParse({
    ...input.facts,
    fin: target.fin,
    periodFrom: targets.period.periodFrom,
    periodTo: targets.period.periodTo,
  });
  if (!parsed.success)
    throw new AppError("agencyDataInvalid", { field: "facts", path: parsed.error.issues[0]?.path.join(".") ?? "" });

  const inspection = await engineInspectionOf(db, app.id);
  const without = proposalOf((await assessApplication(db, { applicationId: app.id, inspection })).assessment);
  const withEntry = proposalOf(
    (
      await assessApplication(db, {
        applicationId: app.id,
        inspection,
        replacing: {
          agency: input.agency,
          storedAs: input.memberFin,
          data: { kind: "OK", reply: parsed.data, enteredBy: { entryId: "-", staffId: user.id } },
        },
      })
    ).assessment,
  );
  const changes = without !== withEntry;

  const entry = await db.manualAgencyEntry.create({
    data: {
      ...key,
      reply: parsed.data as Prisma.InputJsonValue,
      reason: input.reason,
      status: changes ? "PENDING" : "APPLIED",
      outcomeWithout: without,
      outcomeWith: withEntry,
      enteredById: user.id,
      enteredAt: now,
      ...(changes ? {} : { decidedAt: now }),
    },
  });
  await recordAudit(db, {
    actor: user,
    action: "agencyData.entered",
    entity: "ManualAgencyEntry",
    entityId: entry.id,
    applicationId: app.id,
    districtCode: app.districtCode,
    details: { agency: input.agency, outcomeWithout: without, outcomeWith: withEntry, fourEyes: changes },
  });
  const refresh = changes ? { rerun: false } : (await applyAgencyData(db, entry, now)).refresh;
  return {
    entryId: entry.id,
    status: changes ? "PENDING" : "APPLIED",
    outcomeWithout: without,
    outcomeWith: withEntry,
    rerun: refresh.rerun,
  };
}
