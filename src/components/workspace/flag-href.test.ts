import { describe, expect, it } from "vitest";
import type { CaseFlag } from "@/server/services/workspace/list-caseload";
import { flagHref } from "./flag-href";

const row: Parameters<typeof flagHref>[0] = {
  applicationId: "app1",
  outsideDistrict: false,
  work: { reviewId: "rev1", visitId: "vis1", appealId: null },
};
const FLAGS: readonly CaseFlag[] = [
  "OVERDUE",
  "DUE_SOON",
  "VISIT_WITHOUT_INSPECTOR",
  "AGENCY_UNANSWERED",
  "AWAITING_REVIEW",
  "AWAITING_CONFIRMATION",
  "CHANGE_TO_ANSWER",
  "APPEAL_TO_ANSWER",
];

describe("flagHref", () => {
  it("links each task to where it is done, and a deadline to nothing", () => {
    expect(Object.fromEntries(FLAGS.map((f) => [f, flagHref(row, f)]))).toEqual({
      OVERDUE: null,
      DUE_SOON: null,
      VISIT_WITHOUT_INSPECTOR: "/staff/visits/vis1",
      AGENCY_UNANSWERED: "/staff/applications/app1#cf-agencies",
      AWAITING_REVIEW: "/staff/reviews/rev1",
      AWAITING_CONFIRMATION: "/staff/reviews/rev1",
      CHANGE_TO_ANSWER: "/staff/applications/app1#cf-changes",
      // Not the viewer's appeal: its page is another supervisor's; the case file lists it.
      APPEAL_TO_ANSWER: "/staff/applications/app1#cf-appeals",
    });
  });

  it("sends an appeal assigned to the viewer to its page", () => {
    expect(flagHref({ ...row, work: { ...row.work, appealId: "ap1" } }, "APPEAL_TO_ANSWER")).toBe("/staff/appeals/ap1");
  });

  it("falls back to the case file's section when the thing's id is not known", () => {
    const bare = { ...row, work: { reviewId: null, visitId: null, appealId: null } };
    expect(flagHref(bare, "AWAITING_REVIEW")).toBe("/staff/applications/app1#cf-reviews");
    expect(flagHref(bare, "VISIT_WITHOUT_INSPECTOR")).toBe("/staff/applications/app1#cf-inspections");
  });

  it("links only the appeal of a case from another district, whose case file the viewer may not open", () => {
    const elsewhere = { ...row, outsideDistrict: true, work: { ...row.work, appealId: "ap1" } };
    expect(flagHref(elsewhere, "APPEAL_TO_ANSWER")).toBe("/staff/appeals/ap1");
    expect(flagHref(elsewhere, "AWAITING_REVIEW")).toBeNull();
    expect(flagHref(elsewhere, "AGENCY_UNANSWERED")).toBeNull();
  });
});
