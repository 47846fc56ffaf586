import { describe, expect, it } from "vitest";
import { displayNumber, storedNumber } from "./parameter-value";

describe("parameter values as administrators type and read them", () => {
  it("turns AZN into whole qəpik and back", () => {
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "315.50")).toBe(31_550);
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "315,5")).toBe(31_550);
    expect(displayNumber("QEPIK_PER_PERSON_PER_MONTH", 31_550)).toBe(315.5);
  });
  it("turns percent into basis points", () => {
    expect(storedNumber("BASIS_POINTS", "12.5")).toBe(1_250);
  });
  it("refuses what is not a plain number, and fractions of a count", () => {
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "abc")).toBeNull();
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "1.234")).toBeNull();
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "-5")).toBeNull();
    expect(storedNumber("MONTHS", "1.5")).toBeNull();
    expect(storedNumber("MONTHS", "6")).toBe(6);
  });
});
