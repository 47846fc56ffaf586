import { describe, expect, it } from "vitest";
import {
  amountRefusal,
  typedManatProblem,
  typedQepik,
  typedSignedQepik,
  typedWithThousandsSeparator,
} from "./typed-manat";

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

  it("reads an amount with the manat written after it, and nothing else written there", () => {
    for (const text of ["450 AZN", "450azn", "450 Azn", "450₼", "450 ₼", "450 манат", "450 манатов", "450 manat"])
      expect(typedQepik(text), text).toBe(45_000);
    expect(typedQepik("1 200,50 AZN")).toBe(120_050);
    expect(typedSignedQepik("-5 AZN")).toBe(-500);
    expect(typedManatProblem("1.200 AZN")).toBe("errors.amountThousandsSeparator");
    for (const text of ["AZN 450", "450 USD", "450 AZN AZN", "AZN", "450 aznx"])
      expect(typedQepik(text), text).toBeNull();
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

  it("says why a refused amount is not one: a minus sign, too many digits, or its form", () => {
    expect(typedManatProblem("-5")).toBe("errors.amountNegative");
    expect(typedManatProblem(" - 150,50")).toBe("errors.amountNegative");
    expect(typedManatProblem("\u22121.200,50")).toBe("errors.amountNegative");
    expect(typedManatProblem("99999999999")).toBe("errors.amountTooLarge");
    expect(typedManatProblem("1000000000,50")).toBe("errors.amountTooLarge");
    expect(typedManatProblem("1.000.000.000,00")).toBe("errors.amountTooLarge");
    for (const text of ["abc", "1.2.3", "-", "-abc", "5-", "0.500", "1234.567", "1.200.50", "1.200,000"])
      expect(typedManatProblem(text), text).toBe("errors.amountFormat");
  });

  it("says a dot or comma before exactly three digits is a thousands separator, not guessed either way", () => {
    for (const text of ["1.200", "1,200", " 12.345 ", "999,999", "12.345.678", "1,234,567", "-1.200", "\u22121,200"])
      expect(typedManatProblem(text), text).toBe("errors.amountThousandsSeparator");
    // Decimals with either mark are read as they always were: one or two digits after it.
    for (const [text, qepik] of [
      ["1.20", 120],
      ["1.2", 120],
      ["1,20", 120],
      ["1,2", 120],
      ["1200", 120_000],
      ["1 200", 120_000],
      ["1.200,50", 120_050],
      ["1,200.50", 120_050],
    ] as const)
      expect(typedQepik(text), text).toBe(qepik);
    expect(typedWithThousandsSeparator("1.20")).toBe(false);
    expect(typedWithThousandsSeparator("1.200,50")).toBe(false);
    // Mixed marks group no thousands: not an amount.
    expect(typedWithThousandsSeparator("1.200,000")).toBe(false);
    expect(typedWithThousandsSeparator("1,200.000")).toBe(false);
  });

  it("says a check's 'not an amount' more precisely where the text shows a thousands separator", () => {
    expect(amountRefusal("amountFormat", "1.200")).toBe("amountThousandsSeparator");
    expect(amountRefusal("amountFormat", "1,200")).toBe("amountThousandsSeparator");
    expect(amountRefusal("amountFormat", "abc")).toBe("amountFormat");
    expect(amountRefusal("amountFormat", "1.2.3")).toBe("amountFormat");
    // Another refusal of the field stays what it is.
    expect(amountRefusal("amountNegative", "-5")).toBe("amountNegative");
    expect(amountRefusal("required", "1.200")).toBe("required");
  });

  it("reads an amount with a minus sign as negative, for a check that says so; anything else as typedQepik does", () => {
    expect(typedSignedQepik("-5")).toBe(-500);
    expect(typedSignedQepik(" - 150,50")).toBe(-15_050);
    expect(typedSignedQepik("\u22121.200,50")).toBe(-120_050);
    expect(typedSignedQepik("\u20135")).toBe(-500);
    expect(typedSignedQepik("150,50")).toBe(15_050);
    expect(typedSignedQepik("0")).toBe(0);
    // Nothing below zero in "-0"; a sign after the figure, two signs or a sign alone are not amounts.
    for (const text of ["-0", "5-", "--5", "-", "-abc", "-1.200", "abc", ""])
      expect(typedSignedQepik(text), text).toBeNull();
  });
});
