import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, showsPayments } from "./application-statuses";

describe("showsPayments", () => {
  it("shows the year while assigned, and afterwards only where months were planned", () => {
    for (const status of APPLICATION_STATUSES) {
      expect(showsPayments({ status, hasPaymentMonths: true })).toBe(true);
      expect(showsPayments({ status, hasPaymentMonths: false })).toBe(status === "ASSIGNED");
    }
  });
});
