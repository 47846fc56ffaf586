import type { CaseFlag, CaseloadRow } from "@/server/services/workspace/list-caseload";

/**
 * Where the work a caseload flag names is done, for the flag's link: a review on its page, a visit to book on the
 * inspector calendar, an appeal assigned to the viewer on its page, anything else at its section of the case file.
 * A deadline (overdue, due soon) is a state, not a task: no link. A case of another district (an appeal sent to the
 * viewer) has no case file they may open, so only its appeal is linked.
 */
export function flagHref(row: Pick<CaseloadRow, "applicationId" | "outsideDistrict" | "work">, flag: CaseFlag) {
  const { work } = row;
  const caseFile = (section: string) =>
    row.outsideDistrict ? null : `/staff/applications/${row.applicationId}#${section}`;
  switch (flag) {
    case "OVERDUE":
    case "DUE_SOON":
      return null;
    case "VISIT_WITHOUT_INSPECTOR":
      return work.visitId && !row.outsideDistrict ? `/staff/visits/${work.visitId}` : caseFile("cf-inspections");
    case "AGENCY_UNANSWERED":
      return caseFile("cf-agencies");
    case "AWAITING_REVIEW":
    case "AWAITING_CONFIRMATION":
      return work.reviewId && !row.outsideDistrict ? `/staff/reviews/${work.reviewId}` : caseFile("cf-reviews");
    case "CHANGE_TO_ANSWER":
      return caseFile("cf-changes");
    case "APPEAL_TO_ANSWER":
      return work.appealId ? `/staff/appeals/${work.appealId}` : caseFile("cf-appeals");
  }
}
