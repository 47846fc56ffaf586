import type { Db } from "@/server/db/create-client";
import { addDays, addMonths, type IsoDate } from "@/kernel/calendar-date";
import type { ActualDecision } from "@/server/domain/batch/compare-policy";
import { InvalidInputError, parseAssessmentInput, type AssessmentInput } from "@/server/domain/input-schema";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { findPreviousAssignment } from "@/server/services/decisions/check-repeat-rule";
import { engineInspectionOf } from "@/server/services/inspections/engine-inspection-of";

// The families a policy what-if decides again: every application whose final decision in force was taken in the
// 12 months up to and including `asOf` (Baku days; the form offers today, and today's decisions count), with the
// engine's input rebuilt the way decideApplication built it (stored agency results, the declaration, the
// inspection, the previous assignment) and what actually happened to it.

export interface WhatIfFamilies {
  inputs: AssessmentInput[];
  actual: ActualDecision[];
  /** Decided applications whose input could not be rebuilt (e.g. rows corrected by hand): left out, counted. */
  skipped: number;
}

export async function loadWhatIfFamilies(db: Db, opts: { asOf: IsoDate }): Promise<WhatIfFamilies> {
  const to = new Date(`${addDays(opts.asOf, 1)}T00:00:00+04:00`);
  const from = new Date(`${addDays(addMonths(opts.asOf, -12), 1)}T00:00:00+04:00`);
  const decisions = await db.decision.findMany({
    where: { final: true, supersededBy: null, createdAt: { gte: from, lt: to } },
    select: { applicationId: true, outcome: true, amountQepik: true, application: { select: { districtCode: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const inputs: AssessmentInput[] = [];
  const actual: ActualDecision[] = [];
  let skipped = 0;
  for (const d of decisions) {
    const inspection = await engineInspectionOf(db, d.applicationId);
    const previous =
      inspection.status === "SKIPPED_REPEAT_RULE" ? await findPreviousAssignment(db, d.applicationId) : null;
    const verified = await buildVerifiedCase(
      {
        applicationId: d.applicationId,
        inspection,
        previous: { falseInformationFindings: [], ...(previous ? { lastAssignment: previous } : {}) },
      },
      { db },
    );
    try {
      inputs.push(parseAssessmentInput(verified.input));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      skipped += 1;
      continue;
    }
    actual.push({
      outcome: d.outcome,
      amountQepik: d.outcome === "REFUSE" ? 0 : (d.amountQepik ?? 0),
      districtCode: d.application.districtCode ?? "",
    });
  }
  return { inputs, actual, skipped };
}
