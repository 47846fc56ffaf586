import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate, type IsoDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { isOpenStatus, OPEN_STATUSES } from "@/kernel/application-statuses";
import { recordAudit } from "@/server/services/audit/record-audit";
import { CASELOAD_COUNTS, type CaseloadCount } from "@/lib/workspace/caseload-counts";
import { OPEN_REVIEW_STATUSES } from "@/server/services/reviews/pick-review-assignee";

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

/** Work on a case assigned to the viewer, with what its page is: a review (to answer or confirm), an appeal. */
export type AssignedWork = { kind: "review"; reviewId: string } | { kind: "appeal"; appealId: string };

/**
 * What the family of a decided case waits on, and since when (a Baku calendar day): its oldest open appeal, filed
 * that day, or its oldest reported change in review, reported that day.
 */
export interface WaitingOn {
  kind: "appeal" | "change";
  since: IsoDate;
}

export interface CaseloadRow {
  applicationId: string;
  registrationNumber: string | null;
  applicantName: string;
  applicantFin: string | null;
  status: string;
  /** The decision deadline still to meet: null for a decided case, whose deadline has long been met. */
  decisionDueOn: string | null;
  /**
   * A decided case (listed for an appeal or a reported change): what the family waits on and since when, shown
   * where an open case shows its deadline. Empty for an open case.
   */
  waitingOn: WaitingOn[];
  /** Calendar days from today (Baku) to the decision deadline; negative once it has passed. */
  daysLeft: number | null;
  flags: CaseFlag[];
  /** The figures this case is counted in for the viewer, so a figure and the list it opens are the same cases. */
  counted: CaseloadCount[];
  /** In "My cases": the reviews and appeals of the case assigned to the viewer, each linked to its page. */
  assigned: AssignedWork[];
  /**
   * The case lies outside the viewer's district: an appeal sent to them from another district (the assignment is
   * the grant, as on the appeal's page), whose case file they cannot open; the row links to the appeal instead.
   */
  outsideDistrict: boolean;
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
 * review to answer. `mine` narrows it to the caseworker's or supervisor's own cases: those with a review assigned to
 * them still to answer or confirm, or (a supervisor) an appeal assigned to them still to answer, and those they
 * answered a review of or wrote a note on (an application has no assigned caseworker of its own); `kind` to the cases
 * behind one of the day's figures. Audited as a list (count only).
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
    orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }],
    select: { applicationId: true, reportedOn: true },
  });
  // Each case's oldest report in review: the day the family has waited since.
  const changeReportedOn = new Map<string, Date>();
  for (const c of changesInReview)
    if (!changeReportedOn.has(c.applicationId)) changeReportedOn.set(c.applicationId, c.reportedOn);
  const withChange = new Set(changeReportedOn.keys());
  // A review is assigned within its district; an appeal may be sent to a supervisor of another district when no
  // one in its own is free of the case (`pickAppealSupervisor`), and the assignment is then their grant to it.
  const reviewAssignedToMe: Prisma.CaseReviewWhereInput = {
    assigneeId: user.id,
    status: { in: [...OPEN_REVIEW_STATUSES] },
  };
  const appealAssignedToMe: Prisma.AppealWhereInput = { supervisorId: user.id, status: "OPEN" };
  const where: Prisma.ApplicationWhereInput[] = [
    opts.mine ? { OR: [applicationScope(user), { appeals: { some: appealAssignedToMe } }] } : applicationScope(user),
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
      OR: [
        { reviews: { some: reviewAssignedToMe } },
        { appeals: { some: appealAssignedToMe } },
        { reviews: { some: { reviewerId: user.id } } },
        { caseNotes: { some: { authorId: user.id } } },
      ],
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
      districtCode: true,
      applicant: { select: { name: true, fin: true } },
      members: { where: { relation: "APPLICANT" }, select: { fin: true }, take: 1 },
      inspections: { where: { status: "SCHEDULED", inspectorId: null }, select: { id: true }, take: 1 },
      agencyResults: { where: { available: false }, select: { id: true }, take: 1 },
      reviews: {
        where: { status: { in: [...OPEN_REVIEW_STATUSES] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, reviewerId: true, assigneeId: true },
      },
      appeals: {
        where: { status: "OPEN" },
        orderBy: { submittedAt: "asc" },
        select: { id: true, supervisorId: true, submittedAt: true },
      },
    },
  });
  const today = Date.parse(`${bakuDate(opts.now)}T00:00:00Z`);
  const rows: CaseloadRow[] = apps.map((a) => {
    // A decided case (listed for a change or an appeal) has no decision deadline left to count, nor to show: its
    // deadline passed long ago (and was met). What it shows instead is what the family waits on, and since when.
    const open = isOpenStatus(a.status);
    const daysLeft = open && a.decisionDueOn ? Math.round((a.decisionDueOn.getTime() - today) / DAY) : null;
    const waitingOn: WaitingOn[] = [];
    const oldestAppeal = a.appeals[0];
    const changeSince = changeReportedOn.get(a.id);
    if (!open && oldestAppeal) waitingOn.push({ kind: "appeal", since: bakuDate(oldestAppeal.submittedAt) });
    if (!open && changeSince) waitingOn.push({ kind: "change", since: calendarDateFromDb(changeSince) });
    const flags: CaseFlag[] = [];
    if (daysLeft !== null && daysLeft < 0) flags.push("OVERDUE");
    else if (daysLeft !== null && daysLeft <= DUE_SOON_DAYS) flags.push("DUE_SOON");
    if (a.inspections.length > 0) flags.push("VISIT_WITHOUT_INSPECTOR");
    if (a.agencyResults.length > 0) flags.push("AGENCY_UNANSWERED");
    const awaitingConfirmation = a.reviews.filter((r) => r.status === "AWAITING_CONFIRMATION");
    // A review answered against the engine waits for a supervisor's second look, not for another answer.
    if (a.status === "AWAITING_REVIEW")
      flags.push(awaitingConfirmation.length > 0 ? "AWAITING_CONFIRMATION" : "AWAITING_REVIEW");
    if (withChange.has(a.id)) flags.push("CHANGE_TO_ANSWER");
    if (a.appeals.length > 0) flags.push("APPEAL_TO_ANSWER");
    // A review waits for the viewer when it is theirs to answer, or, for a supervisor, to confirm: a review answered
    // against the engine needs a supervisor other than the one who answered it (four eyes).
    const toConfirm =
      user.role === "SUPERVISOR" &&
      flags.includes("AWAITING_CONFIRMATION") &&
      awaitingConfirmation.some((r) => r.reviewerId !== user.id);
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
      decisionDueOn: open && a.decisionDueOn ? calendarDateFromDb(a.decisionDueOn) : null,
      waitingOn,
      daysLeft,
      flags,
      counted,
      assigned: opts.mine
        ? [
            ...a.reviews
              .filter((r) => r.assigneeId === user.id)
              .map((r): AssignedWork => ({ kind: "review", reviewId: r.id })),
            ...a.appeals
              .filter((p) => p.supervisorId === user.id)
              .map((p): AssignedWork => ({ kind: "appeal", appealId: p.id })),
          ]
        : [],
      outsideDistrict: a.districtCode !== user.districtCode,
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
