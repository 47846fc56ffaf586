import { describe, expect, it } from "vitest";
import type { MonthView } from "@/server/domain/payments/assistance-year";
import type { PaymentMonthsView } from "@/server/services/payments/list-payment-months";
import { resumeConfirmation } from "./resume-confirmation";

// The walk's family: stopped from February 2027 (nothing withdrawn in December and January), asked in March to
// resume, paid again from April 2027.
const resumed: NonNullable<PaymentMonthsView["lastResume"]> = {
  requestedAt: "2027-03-10T08:00:00.000Z",
  stoppedFrom: "2027-02",
  resumeFrom: "2027-04",
  monthsResumed: 8,
  byStaff: false,
  staff: null,
};
const period = ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"] as const;
const months = (...views: MonthView[]): PaymentMonthsView["months"] =>
  views.map((view, i) => ({ entitlementId: `e${i}`, month: period[i]!, amountQepik: 25_000, view }));
const view = (over: Partial<PaymentMonthsView>): PaymentMonthsView => ({
  applicationId: "a",
  assignment: { amountQepik: 25_000, periodFrom: "2026-12-01", periodTo: "2027-11-30", ended: false },
  endedByDecision: null,
  months: [],
  arrears: [],
  stop: null,
  lastResume: resumed,
  renewal: null,
  renewedBy: null,
  paidEarlier: [],
  rejections: [],
  ...over,
});
const before = ["CREDITED", "CREDITED", "STOPPED", "STOPPED"] as const;

describe("resumeConfirmation", () => {
  it("tells the request until the resumption month is paid: asked in March, April still to come or sent", () => {
    expect(resumeConfirmation(view({ months: months(...before, "PLANNED", "PLANNED") }))).toBe(resumed);
    expect(resumeConfirmation(view({ months: months(...before, "SENT", "PLANNED") }))).toBe(resumed);
  });

  it("no longer tells it once the resumption month is paid (credited, withdrawn) or settled otherwise", () => {
    for (const done of ["CREDITED", "WITHDRAWN", "NOT_PAID", "CANCELLED", "RENEWED"] as const)
      expect(resumeConfirmation(view({ months: months(...before, done, "PLANNED") }))).toBeNull();
  });

  it("no longer tells it once a later month was reached: in May and at the period's end (the walk's 30 October)", () => {
    expect(resumeConfirmation(view({ months: months(...before, "SENT", "SENT") }))).toBeNull();
    const october = months(...before, "WITHDRAWN", "WITHDRAWN", "WITHDRAWN", "CREDITED");
    expect(resumeConfirmation(view({ months: october }))).toBeNull();
  });

  it("does not tell it once the assignment ended, without one, or for an older stop than the current one", () => {
    const planned = months(...before, "PLANNED");
    const ended = { amountQepik: 25_000, periodFrom: "2026-12-01", periodTo: "2027-11-30", ended: true };
    expect(resumeConfirmation(view({ months: planned, assignment: ended }))).toBeNull();
    expect(resumeConfirmation(view({ months: planned, assignment: null }))).toBeNull();
    const later = { stoppedFrom: "2027-06", resumable: true, resumeFrom: "2027-07" };
    expect(resumeConfirmation(view({ months: planned, stop: later }))).toBeNull();
    expect(resumeConfirmation(view({ months: planned, lastResume: null }))).toBeNull();
  });

  it("tells a request that resumed nothing (the period's last month) as long as its stop is the current one", () => {
    const nothing = { ...resumed, resumeFrom: null, monthsResumed: 0 };
    const stop = { stoppedFrom: "2027-02", resumable: false, resumeFrom: null };
    const stopped = months(...before, "STOPPED", "STOPPED");
    expect(resumeConfirmation(view({ months: stopped, stop, lastResume: nothing }))).toBe(nothing);
  });
});
