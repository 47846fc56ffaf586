import { describe, expect, it } from "vitest";
import { isNearThreshold, monthlyAmount } from "./amount-formula";

// N × C = 600 AZN a month (two people, 300 AZN): 7,200 AZN over the twelve months.
const THRESHOLD = 60_000;
const YEARLY = 12 * THRESHOLD;

describe("the review band around the need criterion", () => {
  it("holds families within the margin on either side, the line itself included", () => {
    expect(isNearThreshold(YEARLY, THRESHOLD, 200)).toBe(true);
    expect(isNearThreshold(YEARLY - 14_400, THRESHOLD, 200)).toBe(true); // exactly 2 % below
    expect(isNearThreshold(YEARLY - 14_401, THRESHOLD, 200)).toBe(false);
    expect(isNearThreshold(YEARLY + 14_400, THRESHOLD, 200)).toBe(true);
    expect(isNearThreshold(YEARLY + 14_401, THRESHOLD, 200)).toBe(false);
  });

  it("is off with a margin of 0: the law's line decides, and a family exactly on it is not low-income", () => {
    expect(isNearThreshold(YEARLY, THRESHOLD, 0)).toBe(false);
    expect(monthlyAmount(YEARLY, THRESHOLD)).toBe(0);
    expect(isNearThreshold(YEARLY - 12, THRESHOLD, 0)).toBe(false);
    expect(monthlyAmount(YEARLY - 12, THRESHOLD)).toBe(1);
  });

  it("still holds a family whose gap rounds to 0 qəpik a month, whatever the margin", () => {
    expect(isNearThreshold(YEARLY - 11, THRESHOLD, 0)).toBe(true);
  });
});
