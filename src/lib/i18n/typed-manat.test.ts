import { describe, expect, it } from "vitest";
import { typedQepik } from "./typed-manat";

describe("manat as typed", () => {
  it("reads plain amounts with either decimal mark", () => {
    expect(typedQepik("150")).toBe(15_000);
    expect(typedQepik("150,5")).toBe(15_050);
    expect(typedQepik(" 150.05 ")).toBe(15_005);
    expect(typedQepik("0,29")).toBe(29);
    expect(typedQepik("0")).toBe(0);
  });

  it("reads thousands grouped as each language's pages write them", () => {
    expect(typedQepik("1.234,50")).toBe(123_450);
    expect(typedQepik("1 234,50")).toBe(123_450);
    expect(typedQepik("1\u00a0234,50")).toBe(123_450);
    expect(typedQepik("1,234.50")).toBe(123_450);
    expect(typedQepik("12.345.678,90")).toBe(1_234_567_890);
  });

  it("refuses what is not an amount", () => {
    for (const text of [
      "",
      "abc",
      "-5",
      "1.2.3",
      "1.200",
      "1,200",
      "1.005",
      "1.200.50",
      "1,2345",
      "12.34,5",
      "1234567890",
    ])
      expect(typedQepik(text), text).toBeNull();
  });
});
