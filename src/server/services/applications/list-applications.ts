import type { ApplicationStatus, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { FIN_PATTERN } from "@/kernel/identity-format";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { decodeTimeCursor, encodeTimeCursor } from "@/server/services/paging/time-cursor";

export const APPLICATIONS_PAGE_SIZE = 50;

export interface ApplicationSearch {
  /** A registration number, the FIN of anyone in the family, or part of the applicant's name. */
  query?: string;
  status?: ApplicationStatus;
  /** The `next` of the previous page. */
  before?: string;
}

const REGISTRATION_NUMBER = /^VEM-\d{4}-\d{6,}$/i;

/**
 * What the query is, so the search uses the indexes it needs and the audit can say how it was searched. Seven
 * Latin letters read as a FIN could as well be a surname (Babayev, Quliyev): such a query looks for both.
 */
function queryKind(query: string): "registrationNumber" | "fin" | "finOrName" | "name" {
  if (REGISTRATION_NUMBER.test(query)) return "registrationNumber";
  if (!FIN_PATTERN.test(query.toUpperCase())) return "name";
  return /\d/.test(query) ? "fin" : "finOrName";
}

/** Every word of the query in the applicant's name, in any order: staff say "Qasımova Səbinə" as often as not. */
function nameContainsWords(query: string): Prisma.ApplicationWhereInput {
  const words = query.split(/\s+/).filter((w) => w.length > 0);
  return { AND: words.map((word) => ({ applicant: { name: { contains: word, mode: "insensitive" as const } } })) };
}

/**
 * The applications in the caller's scope, newest first, a page at a time, without personal data beyond the
 * applicant's name. Staff find one by its registration number, a family member's FIN (a family calling the
 * office) or the applicant's name; the search stays inside their scope, and is audited by its kind, never by
 * the FIN or name looked for.
 */
export async function listApplications(db: Db, user: SessionUser, search: ApplicationSearch = {}) {
  const query = search.query?.trim();
  const kind = query ? queryKind(query) : null;
  const where: Prisma.ApplicationWhereInput[] = [applicationScope(user)];
  if (query && kind === "registrationNumber") where.push({ registrationNumber: query.toUpperCase() });
  if (query && kind === "fin") where.push({ members: { some: { fin: query.toUpperCase() } } });
  if (query && kind === "finOrName")
    where.push({ OR: [{ members: { some: { fin: query.toUpperCase() } } }, nameContainsWords(query)] });
  if (query && kind === "name") where.push(nameContainsWords(query));
  if (search.status) where.push({ status: search.status });
  if (search.before) {
    const { at, id } = decodeTimeCursor(search.before);
    where.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
  }

  const rows = await db.application.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: APPLICATIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      districtCode: true,
      applicationDate: true,
      decisionDueOn: true,
      createdAt: true,
      applicant: { select: { name: true, fin: true } },
    },
  });
  const page = rows.slice(0, APPLICATIONS_PAGE_SIZE);
  if (user.role !== "CITIZEN" && (page.length > 0 || kind)) {
    await recordAudit(db, {
      actor: user,
      action: kind ? "application.search" : "application.list",
      entity: "Application",
      districtCode: user.districtCode,
      details: {
        count: page.length,
        ...(kind ? { by: kind } : {}),
        ...(search.status ? { status: search.status } : {}),
      },
    });
  }
  const last = page[page.length - 1];
  return {
    rows: page,
    next: rows.length > APPLICATIONS_PAGE_SIZE && last ? encodeTimeCursor(last.createdAt, last.id) : null,
  };
}
