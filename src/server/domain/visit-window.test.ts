import { describe, expect, it } from "vitest";
import { halfDayAt, hoursOf } from "./visit-window";

describe("halfDayAt", () => {
  it("puts the first half of the day's capacity in the morning and the rest in the afternoon", () => {
    expect([0, 1, 2, 3].map((p) => halfDayAt(p, 4))).toEqual(["MORNING", "MORNING", "AFTERNOON", "AFTERNOON"]);
  });

  it("gives an odd capacity's extra visit to the morning", () => {
    expect([0, 1, 2].map((p) => halfDayAt(p, 3))).toEqual(["MORNING", "MORNING", "AFTERNOON"]);
    expect(halfDayAt(0, 1)).toBe("MORNING");
  });

  it("treats a missing or zero capacity as one visit a day, and an overbooked visit as the afternoon's", () => {
    expect(halfDayAt(0, null)).toBe("MORNING");
    expect(halfDayAt(1, null)).toBe("AFTERNOON");
    expect(halfDayAt(0, 0)).toBe("MORNING");
    expect(halfDayAt(9, 4)).toBe("AFTERNOON");
  });
});

describe("hoursOf", () => {
  it("is written as Baku clock times", () => {
    expect(hoursOf("MORNING")).toEqual({ from: "09:00", to: "13:00" });
    expect(hoursOf("AFTERNOON")).toEqual({ from: "14:00", to: "18:00" });
  });
});
