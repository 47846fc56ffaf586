import { describe, expect, it } from "vitest";
import { AFTERNOON_WINDOW, MORNING_WINDOW, visitWindow } from "./visit-window";

describe("visitWindow", () => {
  it("puts the first half of the day's capacity in the morning and the rest in the afternoon", () => {
    expect([0, 1, 2, 3].map((p) => visitWindow(p, 4))).toEqual([
      MORNING_WINDOW,
      MORNING_WINDOW,
      AFTERNOON_WINDOW,
      AFTERNOON_WINDOW,
    ]);
  });

  it("gives an odd capacity's extra visit to the morning", () => {
    expect([0, 1, 2].map((p) => visitWindow(p, 3))).toEqual([MORNING_WINDOW, MORNING_WINDOW, AFTERNOON_WINDOW]);
    expect(visitWindow(0, 1)).toEqual(MORNING_WINDOW);
  });

  it("treats a missing or zero capacity as one visit a day, and an overbooked visit as the afternoon's", () => {
    expect(visitWindow(0, null)).toEqual(MORNING_WINDOW);
    expect(visitWindow(1, null)).toEqual(AFTERNOON_WINDOW);
    expect(visitWindow(0, 0)).toEqual(MORNING_WINDOW);
    expect(visitWindow(9, 4)).toEqual(AFTERNOON_WINDOW);
  });

  it("is written as Baku clock times", () => {
    expect(MORNING_WINDOW).toEqual({ from: "09:00", to: "13:00" });
    expect(AFTERNOON_WINDOW).toEqual({ from: "14:00", to: "18:00" });
  });
});
