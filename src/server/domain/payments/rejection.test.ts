import { describe, expect, it } from "vitest";
import { afterRejection, MAX_PAYMENT_ATTEMPTS } from "./rejection";

describe("after the bank rejects a month's payment", () => {
  it("a passing reason is sent again once, then a person takes it up", () => {
    expect(afterRejection("ACCOUNT_BLOCKED", 1)).toBe("RESEND");
    expect(afterRejection("ACCOUNT_BLOCKED", MAX_PAYMENT_ATTEMPTS)).toBe("STAFF");
  });
  it("a reason that does not pass by itself, or none, goes to a person at once", () => {
    expect(afterRejection("ACCOUNT_NOT_FOUND", 1)).toBe("STAFF");
    expect(afterRejection(null, 1)).toBe("STAFF");
  });
});
