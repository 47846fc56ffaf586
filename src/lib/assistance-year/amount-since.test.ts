import { describe, expect, it } from "vitest";
import { amountSince } from "./amount-since";

const months = (amounts: number[]) =>
  amounts.map((amountQepik, i) => ({ month: `2027-${String(i + 1).padStart(2, "0")}`, amountQepik }));

describe("the month the current amount applies from", () => {
  it("is none when every month has it", () => {
    expect(amountSince(months([46_399, 46_399, 46_399]), 46_399)).toBeNull();
  });

  it("is the first month after the last one paid another amount, in any order", () => {
    expect(amountSince(months([46_399, 31_349, 31_349]).reverse(), 31_349)).toBe("2027-02-01");
  });

  it("is none when no month has the current amount yet", () => {
    expect(amountSince(months([46_399, 46_399]), 31_349)).toBeNull();
  });
});
