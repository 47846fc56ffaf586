import { z } from "zod";
import { isOpenStatus } from "@/kernel/application-statuses";

import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";

import { parseAssessmentInput, qualifiesForRepeatWithoutInspection, type AssessmentInputDraft } from "@/server/domain";

import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";

import { lockApplication } from "@/server/services/applications/advance-status";
import { loadParameterSet } from "@/server/services/law/law-data";

export type PreviousAssignment = NonNullable<NonNullable<AssessmentInputDraft["previous"]>["lastAssignment"]>;

const zStoredFigures = z.object({ countedMemberFins: z.array(z.string().min(1)).min(1) });

/** The address key build-verified-case.ts gives the engine, so "unchanged address" compares like with like. */
export function addressKey(districtCode: string | null, address: string | null): string {
  return `${districtCode ?? "-"}:${(address ?? "").trim().toLocaleLowerCase("az")}`;
}

/**
 * The representative's latest assignment on an earlier application, as the repeat-application rule needs it;
 * null when there is none (the usual case, and then no agency data is needed to know the visit is due).
 */
export async function findPreviousAssignment(db: Db, applicationId: string): Promise<PreviousAssignment | null> {
  const app = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { applicantId: true } });
  const decision = await db.decision.findFirst({
    where: {
      outcome: "ASSIGN",
      final: true,
      supersededBy: null,
      application: { applicantId: app.applicantId, id: { not: applicationId } },
    },
    orderBy: { createdAt: "desc" },
    include: { application: { select: { districtCode: true, address: true, members: { select: { fin: true } } } } },
  });
  if (!decision?.periodFrom || !decision.periodTo) return null;
  const figures = zStoredFigures.safeParse(decision.figures);
  return {
    periodFrom: calendarDateFromDb(decision.periodFrom),
    periodTo: calendarDateFromDb(decision.periodTo),
    // Decisions from before figures were stored: everyone listed, which can only make the rule stricter.
    countedMemberFins: figures.success
      ? figures.data.countedMemberFins
      : decision.application.members.map((m) => m.fin),
    addressId: addressKey(decision.application.districtCode, decision.application.address),
  };
}

/**
 * Whether the representative had an assignment before: only then can the home visit be skipped. The same answer
 * as `findPreviousAssignment(…) !== null` in one statement (the chain asks it for every application, and it is
 * nearly always no).
 */
export async function hasPreviousAssignment(db: Db, applicationId: string): Promise<boolean> {
  const latest = await db.decision.findFirst({
    where: {
      outcome: "ASSIGN",
      final: true,
      supersededBy: null,
      application: { id: { not: applicationId }, applicant: { applications: { some: { id: applicationId } } } },
    },
    orderBy: { createdAt: "desc" },
    select: { periodFrom: true, periodTo: true },
  });
  return Boolean(latest?.periodFrom && latest.periodTo);
}

export type RepeatRuleResult = { skipped: true; inspectionId: string } | { skipped: false; problems: string[] };

/**
 * Whether this repeat application skips the home visit; when it does, records the skipped inspection (attempt 1)
 * so the inspector's and staff's views show why there is no visit. Needs the agency data fetched first.
 */
export async function applyRepeatRule(db: Db, opts: { applicationId: string }): Promise<RepeatRuleResult> {
  // Read here rather than passed in: the previous assignment lists FINs, which must not sit in the engine's state.
  const previous = await findPreviousAssignment(db, opts.applicationId);
  if (!previous) return { skipped: false, problems: ["NO_PREVIOUS_ASSIGNMENT"] };
  const verified = await buildVerifiedCase(
    {
      applicationId: opts.applicationId,
      inspection: { status: "SKIPPED_REPEAT_RULE" },
      previous: { falseInformationFindings: [], lastAssignment: previous },
    },
    { db },
  );
  const parameters = await loadParameterSet(db);
  const verdict = qualifiesForRepeatWithoutInspection(parseAssessmentInput(verified.input), parameters);
  if (!verdict.qualifies) return { skipped: false, problems: verdict.problems };
  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, opts.applicationId);
    if (!app || app.status === "WITHDRAWN") return { skipped: false, problems: ["APPLICATION_CLOSED"] };
    // Spared before is the answer even once decided (a replayed try: see scheduleInspection).
    const spared = await tx.inspection.findUnique({
      where: { applicationId_attempt: { applicationId: app.id, attempt: 1 } },
      select: { id: true, status: true },
    });
    if (spared?.status === "SKIPPED") return { skipped: true, inspectionId: spared.id };
    if (!isOpenStatus(app.status)) return { skipped: false, problems: ["APPLICATION_CLOSED"] };
    await tx.inspection.createMany({
      data: [{ applicationId: app.id, attempt: 1, status: "SKIPPED", note: "REPEAT_APPLICATION_RULE" }],
      skipDuplicates: true,
    });
    const row = await tx.inspection.findUniqueOrThrow({
      where: { applicationId_attempt: { applicationId: app.id, attempt: 1 } },
    });
    return { skipped: true, inspectionId: row.id };
  });
}
