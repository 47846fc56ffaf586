import type { ApplicationStatus, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { FIN_PATTERN } from "@/kernel/identity-format";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { decodeTimeCursor, encodeTimeCursor } from "@/server/services/paging/time-cursor";
import { nameContainsWords } from "./search-by-name";

export const APPLICATIONS_PAGE_SIZE = 50;

export interface ApplicationSearch {
  /** A registration number, the FIN of anyone in the family, or part of the applicant's name. */
  query?: string;
  status?: ApplicationStatus;
  /** The `next` of the previous page. */
  before?: string;
}

const REGISTRATION_NUMBER = /^VEM-\d{4}-\d{6,}$/i;
/** The end of a registration number, as a family reads it out ("number 000003"): four digits at least. */
const REGISTRATION_DIGITS = /^\d{4,}$/;

type QueryKind = "registrationNumber" | "fin" | "finOrName" | "finOrRegistrationNumber" | "name";

/**
 * What the query is, so the search uses the indexes it needs and the audit can say how it was searched. Seven
 * Latin letters read as a FIN could as well be a surname (Babayev, Quliyev), and seven digits the end of a
 * registration number: such a query looks for both.
 */
function queryKind(query: string): QueryKind {
  if (REGISTRATION_NUMBER.test(query)) return "registrationNumber";
  const fin = FIN_PATTERN.test(query.toUpperCase());
  if (REGISTRATION_DIGITS.test(query)) return fin ? "finOrRegistrationNumber" : "registrationNumber";
  if (!fin) return "name";
  return /\d/.test(query) ? "fin" : "finOrName";
}

/** A full number in any letter case is that number; digits alone are the end of one (a trigram index serves it). */
export function registrationNumberIs(query: string): Prisma.ApplicationWhereInput {
  return REGISTRATION_DIGITS.test(query)
    ? { registrationNumber: { endsWith: query } }
    : { registrationNumber: query.toUpperCase() };
}

/**
 * The applications in the caller's scope, newest first, a page at a time, without personal data beyond the
 * applicant's name. Staff find one by its registration number (or its last digits), a family member's FIN (a
 * family calling the office) or the applicant's name; the search stays inside their scope, and is audited by its
 * kind, never by the FIN or name looked for.
 */
export async function listApplications(db: Db, user: SessionUser, search: ApplicationSearch = {}) {
  const query = search.query?.trim();
  const kind = query ? queryKind(query) : null;
  const where: Prisma.ApplicationWhereInput[] = [applicationScope(user)];
  const finIs = (fin: string): Prisma.ApplicationWhereInput => ({ members: { some: { fin: fin.toUpperCase() } } });
  if (query && kind === "registrationNumber") where.push(registrationNumberIs(query));
  if (query && kind === "fin") where.push(finIs(query));
  if (query && kind === "finOrRegistrationNumber") where.push({ OR: [finIs(query), registrationNumberIs(query)] });
  if (query && kind === "finOrName") where.push({ OR: [finIs(query), await nameContainsWords(db, query)] });
  if (query && kind === "name") where.push(await nameContainsWords(db, query));
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
      // Which applications the page showed (names, FINs): the audit log's search by a registration number finds
      // this row, so "who looked at this family" includes the search that put it on a screen. Ids, not numbers.
      shownApplicationIds: page.map((a) => a.id),
    });
  }
  const last = page[page.length - 1];
  return {
    rows: page,
    next: rows.length > APPLICATIONS_PAGE_SIZE && last ? encodeTimeCursor(last.createdAt, last.id) : null,
  };
}
