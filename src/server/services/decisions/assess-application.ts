import type { MemberNames } from "@/server/content/reasons/reason-message";
import type { Db } from "@/server/db/create-client";
import { memberNamesOf } from "@/server/services/applications/member-names";
import { assessFamily, parseAssessmentInput, type Assessment } from "@/server/domain";
import { buildVerifiedCase, type BuildVerifiedCaseOptions } from "@/server/services/agencies/build-verified-case";
import { findFalseInformationFindings } from "@/server/services/changes/false-information-bar";
import type { EngineInspection } from "@/server/services/inspections/settle-inspection";
import { loadHolidayCalendar, loadParameterSet } from "@/server/services/law/law-data";
import { findPreviousAssignment } from "./check-repeat-rule";

export interface ApplicationAssessment {
  assessment: Assessment;
  /** The answers the engine used that staff entered by hand (memberFin "" for a household service). */
  staffEntered: { agency: string; memberFin: string }[];
  /** The members' names, for the reasons' texts. */
  memberNames: MemberNames;
}

/**
 * The engine's assessment of an application on its stored data (agency answers, declaration, the inspection given),
 * with the parameters and holidays of the database. Reads only. `replacing` swaps one stored agency answer for one
 * not saved yet, so a caseworker's entry can be weighed before it takes effect.
 */
export async function assessApplication(
  db: Db,
  opts: { applicationId: string; inspection: EngineInspection; replacing?: BuildVerifiedCaseOptions["replacing"] },
): Promise<ApplicationAssessment> {
  // Independent reads are made at once: the decision step waits for the slowest, not for their sum. Two rounds:
  // what needs only the application id, then what needs its date and members.
  const [previous, parameters, verified] = await Promise.all([
    // The engine checks the repeat rule again when the visit was skipped under it, so it needs the previous
    // assignment.
    opts.inspection.status === "SKIPPED_REPEAT_RULE" ? findPreviousAssignment(db, opts.applicationId) : null,
    loadParameterSet(db),
    buildVerifiedCase(
      { applicationId: opts.applicationId, inspection: opts.inspection, replacing: opts.replacing },
      { db },
    ),
  ]);
  // The application date (the verified case is built on it, with no other date given), and the holidays of its
  // year and the next (the deadline may cross the new year). A date without a year is left to the input check
  // below, which refuses it.
  const applicationDate = verified.input.applicationDate;
  const year = Number(applicationDate.slice(0, 4));
  const [falseInformationFindings, holidays] = await Promise.all([
    // Ground 9: the family's false-information findings up to the application date (the engine's
    // previous-findings rule; the submission already refuses a family inside its bar, this keeps the engine's own
    // check fed).
    findFalseInformationFindings(
      db,
      verified.members.map((m) => m.fin),
      applicationDate,
    ),
    Number.isInteger(year) ? loadHolidayCalendar(db, year, year + 1) : null,
  ]);
  const input = parseAssessmentInput({
    ...verified.input,
    previous: { falseInformationFindings, ...(previous ? { lastAssignment: previous } : {}) },
  });
  if (!holidays) throw new Error(`application ${opts.applicationId}: the checked input has no year in its date`);
  const assessment = assessFamily(input, { parameters, holidays });
  return { assessment, staffEntered: verified.staffEntered, memberNames: memberNamesOf(verified.members) };
}
