import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { isOpenStatus, OPEN_STATUSES } from "@/kernel/application-statuses";
import { recordAudit } from "@/server/services/audit/record-audit";
import { CASELOAD_COUNTS, type CaseloadCount } from "@/lib/workspace/caseload-counts";

export const CASELOAD_LIMIT = 200;
/** A case whose decision is due within this many days is "due soon". */
export const DUE_SOON_DAYS = 3;

export type CaseFlag =
  | "OVERDUE"
  | "DUE_SOON"
  | "VISIT_WITHOUT_INSPECTOR"
  | "AGENCY_UNANSWERED"
  | "AWAITING_REVIEW"
  | "AWAITING_CONFIRMATION"
  | "CHANGE_TO_ANSWER"
  | "APPEAL_TO_ANSWER";

export interface CaseloadRow {
  applicationId: string;
  registrationNumber: string | null;
  applicantName: string;
  applicantFin: string | null;
  status: string;
  decisionDueOn: string | null;
  /** Calendar days from today (Baku) to the decision deadline; negative once it has passed. */
  daysLeft: number | null;
  flags: CaseFlag[];
  /** The figures this case is counted in for the viewer, so a figure and the list it opens are the same cases. */
  counted: CaseloadCount[];
}

const DAY = 86_400_000;

/** The flag behind each figure but the two that are more than one flag (open, awaitingReview). */
const COUNT_FLAG: Record<Exclude<CaseloadCount, "open" | "awaitingReview">, CaseFlag> = {
  overdue: "OVERDUE",
  dueSoon: "DUE_SOON",
  visitWithoutInspector: "VISIT_WITHOUT_INSPECTOR",
  agencyUnanswered: "AGENCY_UNANSWERED",
  changeToAnswer: "CHANGE_TO_ANSWER",
  appealToAnswer: "APPEAL_TO_ANSWER",
};

/**
 * The open cases of the caller's district, the nearest decision deadline first (overdue ones on top), each with
 * what needs a person: a passed or near deadline, a visit nobody is booked for, an agency that did not answer, a
 * review to answer. `mine` narrows it to the caseworker's own cases: those they answered a review of or wrote a
 * note on (an application has no assigned caseworker of its own); `kind` to the cases behind one of the day's
 * figures. Audited as a list (count only).
 */
export async function listCaseload(
  db: Db,
  user: SessionUser,
  opts: { now: Date; mine?: boolean; attentionOnly?: boolean; kind?: CaseloadCount },
) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  // Besides the open cases, a decided one with a reported change in review or an appeal to answer: the family waits
  // for a person there too. A report has no relation to scope it by district here, so all in review are read (the
  // staff's backlog, not the programme's history); the district's scope applies below.
  const changesInReview = await db.changeReport.findMany({
    where: { status: "IN_REVIEW" },
    select: { applicationId: true },
  });
  const withChange = new Set(changesInReview.map((c) => c.applicationId));
  const where: Prisma.ApplicationWhereInput[] = [
    applicationScope(user),
    {
      OR: [
        { status: { in: [...OPEN_STATUSES] } },
        { appeals: { some: { status: "OPEN" } } },
        { id: { in: [...withChange] } },
      ],
    },
  ];
  if (opts.mine)
    where.push({
      OR: [{ reviews: { some: { reviewerId: user.id } } }, { caseNotes: { some: { authorId: user.id } } }],
    });
  const apps = await db.application.findMany({
    where: { AND: where },
    orderBy: [{ decisionDueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: CASELOAD_LIMIT,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      decisionDueOn: true,
      applicant: { select: { name: true, fin: true } },
      members: { where: { relation: "APPLICANT" }, select: { fin: true }, take: 1 },
      inspections: { where: { status: "SCHEDULED", inspectorId: null }, select: { id: true }, take: 1 },
      agencyResults: { where: { available: false }, select: { id: true }, take: 1 },
      reviews: { where: { status: "AWAITING_CONFIRMATION" }, select: { reviewerId: true }, take: 1 },
      appeals: { where: { status: "OPEN" }, select: { id: true }, take: 1 },
    },
  });
  const today = Date.parse(`${bakuDate(opts.now)}T00:00:00Z`);
  const rows: CaseloadRow[] = apps.map((a) => {
    // A decided case (listed for a change or an appeal) has no decision deadline left to count.
    const daysLeft =
      isOpenStatus(a.status) && a.decisionDueOn ? Math.round((a.decisionDueOn.getTime() - today) / DAY) : null;
    const flags: CaseFlag[] = [];
    if (daysLeft !== null && daysLeft < 0) flags.push("OVERDUE");
    else if (daysLeft !== null && daysLeft <= DUE_SOON_DAYS) flags.push("DUE_SOON");
    if (a.inspections.length > 0) flags.push("VISIT_WITHOUT_INSPECTOR");
    if (a.agencyResults.length > 0) flags.push("AGENCY_UNANSWERED");
    // A review answered against the engine waits for a supervisor's second look, not for another answer.
    if (a.status === "AWAITING_REVIEW") flags.push(a.reviews.length > 0 ? "AWAITING_CONFIRMATION" : "AWAITING_REVIEW");
    if (withChange.has(a.id)) flags.push("CHANGE_TO_ANSWER");
    if (a.appeals.length > 0) flags.push("APPEAL_TO_ANSWER");
    // A review waits for the viewer when it is theirs to answer, or, for a supervisor, to confirm: a review answered
    // against the engine needs a supervisor other than the one who answered it (four eyes).
    const toConfirm =
      user.role === "SUPERVISOR" &&
      flags.includes("AWAITING_CONFIRMATION") &&
      a.reviews.some((r) => r.reviewerId !== user.id);
    const counted = CASELOAD_COUNTS.filter((count) => {
      switch (count) {
        case "open":
          return isOpenStatus(a.status);
        case "awaitingReview":
          return flags.includes("AWAITING_REVIEW") || toConfirm;
        default:
          return flags.includes(COUNT_FLAG[count]);
      }
    });
    return {
      applicationId: a.id,
      registrationNumber: a.registrationNumber,
      applicantName: a.applicant.name,
      applicantFin: a.members[0]?.fin ?? a.applicant.fin,
      status: a.status,
      decisionDueOn: a.decisionDueOn ? a.decisionDueOn.toISOString().slice(0, 10) : null,
      daysLeft,
      flags,
      counted,
    };
  });
  const { kind } = opts;
  const shown = kind
    ? rows.filter((r) => r.counted.includes(kind))
    : opts.attentionOnly
      ? rows.filter((r) => r.flags.length > 0)
      : rows;
  const count = (c: CaseloadCount) => rows.filter((r) => r.counted.includes(c)).length;
  const counts: Record<CaseloadCount, number> = {
    open: count("open"),
    overdue: count("overdue"),
    dueSoon: count("dueSoon"),
    visitWithoutInspector: count("visitWithoutInspector"),
    agencyUnanswered: count("agencyUnanswered"),
    awaitingReview: count("awaitingReview"),
    changeToAnswer: count("changeToAnswer"),
    appealToAnswer: count("appealToAnswer"),
  };
  if (shown.length > 0) {
    await recordAudit(db, {
      actor: user,
      action: opts.mine ? "caseload.mine" : "caseload.list",
      entity: "Application",
      districtCode: user.districtCode,
      details: { count: shown.length },
    });
  }
  return { rows: shown, counts, truncated: apps.length === CASELOAD_LIMIT };
}
