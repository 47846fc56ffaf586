import { describe, expect, it } from "vitest";
import { incomePeriod } from "./period";

describe("income period", () => {
  it("is the 12 whole calendar months before the month of application (2020-03-15 → 2019-03 … 2020-02)", () => {
    const p = incomePeriod("2020-03-15");
    expect(p.periodFrom).toBe("2019-03-01");
    expect(p.periodTo).toBe("2020-02-29");
    expect(p.months).toHaveLength(12);
    expect(p.months[0]).toBe("2019-03");
  });
  it("crosses a year boundary from January", () => {
    expect(incomePeriod("2026-01-02")).toMatchObject({ periodFrom: "2025-01-01", periodTo: "2025-12-31" });
  });
});
