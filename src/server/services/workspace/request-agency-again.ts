import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { AgencyServiceDeps } from "@/server/services/agencies/agency-service-deps";
import { fetchAgencyData } from "@/server/services/agencies/fetch-agency-data";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";

/**
 * A caseworker asks one agency again for what it did not answer (a timeout, a paused service): a new request per
 * person still missing, each recorded as an AgencyRequest with the staff member as the one who asked, and one
 * audit row for the action. Stored answers are never asked again. A case the engine has not decided yet uses the
 * answer when it decides (it reads the stored answers then); a decided case shows it in the case file for the
 * person who reviews it. Another district's case reads as not found. The gateway is made only once the case is
 * found in scope (`gatewayOf`).
 */
export async function requestAgencyAgain(
  db: Db,
  user: SessionUser,
  input: { applicationId: string; agency: AgencyCode },
  gatewayOf: () => AgencyServiceDeps["gateway"],
) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, applicationScope(user)] },
    select: { id: true, districtCode: true, applicationDate: true },
  });
  if (!app) throw new AppError("notFound");
  // Before submission there is no period to ask about.
  if (!app.applicationDate) throw new AppError("invalidInput");
  const result = await fetchAgencyData(
    { applicationId: app.id, agency: input.agency, requestedBy: user.id, retryUnavailable: true },
    { db, gateway: gatewayOf() },
  );
  const answered = result.results.filter((r) => r.available).length;
  await recordAudit(db, {
    actor: user,
    action: "agency.requestedAgain",
    entity: "Application",
    entityId: app.id,
    applicationId: app.id,
    districtCode: app.districtCode,
    details: { agency: input.agency, asked: result.asked, answered, missing: result.results.length - answered },
  });
  return { agency: input.agency, asked: result.asked, answered, missing: result.results.length - answered };
}
