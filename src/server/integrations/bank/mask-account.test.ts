import { describe, expect, it } from "vitest";
import { maskAccountNumber } from "./mask-account";

describe("account number masking", () => {
  it("keeps the country, check digits and last four characters only", () => {
    expect(maskAccountNumber("AZ21VEMB00000000137010001944")).toBe("AZ21 **** 1944");
    expect(maskAccountNumber("az21 vemb 0000 0000 1370 1000 1944")).toBe("AZ21 **** 1944");
    expect(maskAccountNumber("AZ21VEMB00000000137010001944")).not.toContain("1370");
  });

  it("hides a short number completely", () => {
    expect(maskAccountNumber("1234567")).toBe("****");
  });
});
