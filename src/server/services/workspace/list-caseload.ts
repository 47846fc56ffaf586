import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
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
  /** Where a flag's work is done, for its link: the waiting review, the unbooked visit, an appeal the viewer answers. */
  work: CaseWork;
  /**
   * The case lies outside the viewer's district: an appeal sent to them from another district (the assignment is
   * the grant, as on the appeal's page), whose case file they cannot open; the row links to the appeal instead.
   */
  outsideDistrict: boolean;
}

/** The pages a case's flags send to, by id: each null when the case has none (or, an appeal, not the viewer's). */
export interface CaseWork {
  reviewId: string | null;
  visitId: string | null;
  /** An open appeal assigned to the viewer: another supervisor's appeal page is not found for them. */
  appealId: string | null;
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
 * The open cases of the caller's district, and its decided ones with an appeal or a reported change to answer, by
 * the day each waits for (`pickCaseload`: an open case's decision deadline, overdue ones on top), each with
 * what needs a person: a passed or near deadline, a visit nobody is booked for, an agency that did not answer, a
 * review to answer. `mine` narrows it to the caseworker's or supervisor's own cases: those with a review assigned to
 * them still to answer or confirm, or (a supervisor) an appeal assigned to them still to answer, and those they
 * answered a review of or wrote a note on (an application has no assigned caseworker of its own); `kind` to the cases
 * behind one of the day's figures. Audited as a list (count only).
 */
export async function listCaseload(
  db: Db,
  user: SessionUser,
  /** `audited: false` for a caller that writes one row for the whole page it reads this with (`listAttention`). */
  opts: { now: Date; mine?: boolean; attentionOnly?: boolean; kind?: CaseloadCount; audited?: false },
) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const picked = await pickCaseload(db, user, Boolean(opts.mine));
  // A review is assigned within its district; an appeal may be sent to a supervisor of another district when no
  // one in its own is free of the case (`pickAppealSupervisor`), and the assignment is then their grant to it.
  const reviewAssignedToMe: Prisma.CaseReviewWhereInput = {
    assigneeId: user.id,
    status: { in: [...OPEN_REVIEW_STATUSES] },
  };
  const appealAssignedToMe: Prisma.AppealWhereInput = { supervisorId: user.id, status: "OPEN" };
  // The statement above picked and ordered the cases; this reads what the rows show. The scope is applied again
  // (`applicationScope` stays the one rule of who sees what), so the picking can never show more than it allows.
  const where: Prisma.ApplicationWhereInput[] = [
    { id: { in: picked.map((p) => p.id) } },
    opts.mine ? { OR: [applicationScope(user), { appeals: { some: appealAssignedToMe } }] } : applicationScope(user),
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
  const found = await db.application.findMany({
    where: { AND: where },
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
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { id: true, supervisorId: true },
      },
    },
  });
  const byId = new Map(found.map((a) => [a.id, a]));
  const apps = picked.flatMap((p) => {
    const a = byId.get(p.id);
    return a ? [{ ...a, appealSince: p.appealSince, changeSince: p.changeSince }] : [];
  });
  const today = Date.parse(`${bakuDate(opts.now)}T00:00:00Z`);
  const rows: CaseloadRow[] = apps.map((a) => {
    // A decided case (listed for a change or an appeal) has no decision deadline left to count, nor to show: its
    // deadline passed long ago (and was met). What it shows instead is what the family waits on, and since when.
    const open = isOpenStatus(a.status);
    const daysLeft = open && a.decisionDueOn ? Math.round((a.decisionDueOn.getTime() - today) / DAY) : null;
    const waitingOn: WaitingOn[] = [];
    if (!open && a.appealSince) waitingOn.push({ kind: "appeal", since: calendarDateFromDb(a.appealSince) });
    if (!open && a.changeSince) waitingOn.push({ kind: "change", since: calendarDateFromDb(a.changeSince) });
    const flags: CaseFlag[] = [];
    if (daysLeft !== null && daysLeft < 0) flags.push("OVERDUE");
    else if (daysLeft !== null && daysLeft <= DUE_SOON_DAYS) flags.push("DUE_SOON");
    if (a.inspections.length > 0) flags.push("VISIT_WITHOUT_INSPECTOR");
    if (a.agencyResults.length > 0) flags.push("AGENCY_UNANSWERED");
    const awaitingConfirmation = a.reviews.filter((r) => r.status === "AWAITING_CONFIRMATION");
    // A review answered against the engine waits for a supervisor's second look, not for another answer.
    if (a.status === "AWAITING_REVIEW")
      flags.push(awaitingConfirmation.length > 0 ? "AWAITING_CONFIRMATION" : "AWAITING_REVIEW");
    if (a.changeSince) flags.push("CHANGE_TO_ANSWER");
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
      work: {
        reviewId: a.reviews[0]?.id ?? null,
        visitId: a.inspections[0]?.id ?? null,
        appealId: a.appeals.find((p) => p.supervisorId === user.id)?.id ?? null,
      },
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
  if (shown.length > 0 && opts.audited !== false) {
    await recordAudit(db, {
      actor: user,
      action: opts.mine ? "caseload.mine" : "caseload.list",
      entity: "Application",
      districtCode: user.districtCode,
      details: { count: shown.length },
    });
  }
  return { rows: shown, counts, truncated: picked.length === CASELOAD_LIMIT };
}

const ZPicked = z.object({ id: z.string(), appealSince: z.date().nullable(), changeSince: z.date().nullable() });
type Picked = z.infer<typeof ZPicked>;

const bakuDay = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Baku')::date`;

/**
 * The caseload's cases in the order they are worked, at most CASELOAD_LIMIT, in one statement: each case by the day
 * it waits for. An open case waits for its decision, due on `decisionDueOn`. A decided case waits for staff to answer
 * an appeal or a reported change, and its decision deadline, met long ago, says nothing of that (ordered by it, an
 * appeal filed yesterday sat above every overdue open case). Neither has a deadline for its answer in the law or the
 * code (RULES.md gives the decision 15 working days and the family 15 to report a change, `reportDueOn`, which is
 * the family's deadline, not staff's; an appeal has none), so each waits from the day it came: the Baku day of its
 * oldest open appeal, or the day its oldest change in review was reported, whichever is earlier. Ties go to the
 * older application, then to the id, so the order is the same on every read.
 *
 * The scope is written here as `applicationScope` has it for a caseworker or supervisor (the district; in "my
 * cases" also an appeal assigned to them from another district) and applied again by the read of the rows.
 */
async function pickCaseload(db: Db, user: SessionUser, mine: boolean): Promise<Picked[]> {
  if (!user.districtCode && !mine) return [];
  const inDistrict = user.districtCode ? Prisma.sql`a."districtCode" = ${user.districtCode}` : Prisma.sql`FALSE`;
  const open = Prisma.sql`a.status = ANY(${[...OPEN_STATUSES]}::"ApplicationStatus"[])`;
  const appealAssignedToMe = Prisma.sql`EXISTS (SELECT 1 FROM "Appeal" m
    WHERE m."applicationId" = a.id AND m."supervisorId" = ${user.id} AND m.status = 'OPEN')`;
  const mineOnly = mine
    ? Prisma.sql`AND (${inDistrict} OR ${appealAssignedToMe}) AND (
        EXISTS (SELECT 1 FROM "CaseReview" r WHERE r."applicationId" = a.id AND r."assigneeId" = ${user.id}
          AND r.status = ANY(${[...OPEN_REVIEW_STATUSES]}::"ReviewStatus"[]))
        OR ${appealAssignedToMe}
        OR EXISTS (SELECT 1 FROM "CaseReview" r WHERE r."applicationId" = a.id AND r."reviewerId" = ${user.id})
        OR EXISTS (SELECT 1 FROM "CaseNote" n WHERE n."applicationId" = a.id AND n."authorId" = ${user.id}))`
    : Prisma.sql`AND ${inDistrict}`;
  const raw = await db.$queryRaw<unknown[]>`
    WITH appeal AS (
      SELECT "applicationId", min(${bakuDay(Prisma.sql`"submittedAt"`)}) AS since
      FROM "Appeal" WHERE status = 'OPEN' GROUP BY "applicationId"
    ), change AS (
      SELECT "applicationId", min("reportedOn") AS since
      FROM "ChangeReport" WHERE status = 'IN_REVIEW' GROUP BY "applicationId"
    )
    SELECT a.id, appeal.since AS "appealSince", change.since AS "changeSince"
    FROM "Application" a
    LEFT JOIN appeal ON appeal."applicationId" = a.id
    LEFT JOIN change ON change."applicationId" = a.id
    WHERE (${open} OR appeal.since IS NOT NULL OR change.since IS NOT NULL) ${mineOnly}
    ORDER BY CASE WHEN ${open} THEN a."decisionDueOn" ELSE LEAST(appeal.since, change.since) END ASC NULLS LAST,
      a."createdAt" ASC, a.id ASC
    LIMIT ${CASELOAD_LIMIT}`;
  return raw.map((r) => ZPicked.parse(r));
}
