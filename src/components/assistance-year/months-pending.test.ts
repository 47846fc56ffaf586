import { describe, expect, it } from "vitest";
import type { PaymentMonthsView } from "@/server/services/payments/list-payment-months";
import { monthsPending } from "./months-pending";

const view = (over: Partial<PaymentMonthsView>): PaymentMonthsView => ({
  applicationId: "a",
  assignment: { amountQepik: 25_000, periodFrom: "2026-12-01", periodTo: "2027-11-30", ended: false },
  endedByDecision: null,
  months: [],
  arrears: [],
  stop: null,
  lastResume: null,
  renewal: null,
  renewedBy: null,
  paidEarlier: [],
  rejections: [],
  ...over,
});
const planned: PaymentMonthsView["months"][number] = {
  entitlementId: "e",
  month: "2026-12",
  amountQepik: 25_000,
  view: "PLANNED",
};

describe("monthsPending", () => {
  it("asks again while an assignment has no months yet, and stops once they are planned", () => {
    expect(monthsPending(view({}))).toBe(true);
    expect(monthsPending(view({ months: [planned] }))).toBe(false);
  });
  it("does not ask again without an assignment (refused, or ended by a later decision)", () => {
    expect(monthsPending(view({ assignment: null }))).toBe(false);
    const ended = { effectiveFrom: "2027-01-01", decidedOn: "2026-12-10", inForce: false };
    expect(monthsPending(view({ assignment: null, endedByDecision: ended, months: [planned] }))).toBe(false);
    expect(monthsPending(undefined)).toBe(false);
  });
});
