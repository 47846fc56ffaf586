import { describe, expect, it } from "vitest";
import { PARAMETER_CODES } from "@/server/domain";
import { REASON_CODES } from "@/server/domain/reasons";
import { REASON_EXAMPLES } from "../test-support/reason-examples";
import { reasonMessage } from "./reason-message";

// The texts of the reasons are stored with every decision, so a family reads the same words however the catalog is
// organised: the snapshot holds each example's text in az, ru and en, word for word.

describe("the reasons' texts", () => {
  it("has an example of every reason code", () => {
    expect(new Set(REASON_EXAMPLES.map((e) => e.code))).toEqual(new Set(REASON_CODES));
  });

  it("renders every example in the three languages as before", () => {
    const texts = REASON_EXAMPLES.map((e) => ({
      code: e.code,
      facts: e.facts,
      message: reasonMessage(e.code, e.facts),
    }));
    expect(texts).toMatchSnapshot();
  });
});

describe("a figure not in force", () => {
  // The family reads which figure is missing in words: before 5 December 2026 fifteen of the nineteen parameters
  // showed their code (ADULT_AGE, DECLARATION_MATCH_TOLERANCE, …).
  it("names every parameter in words, in each language", () => {
    for (const parameter of PARAMETER_CODES) {
      const text = reasonMessage("PARAMETER_NOT_IN_FORCE", { parameter, date: "2013-12-31" });
      for (const locale of ["az", "ru", "en"] as const) expect(text[locale]).not.toContain(parameter);
    }
  });
});

describe("a reason about one member", () => {
  const names = new Map([["7XYZ89K", "Aynur Məmmədova"]]);

  it("names the member with their FIN, in each language", () => {
    const text = reasonMessage("LOW_INCOME_NOT_BEYOND_CONTROL", { fin: "7XYZ89K", ageYears: 34 }, names);
    expect(text.az).toMatch(/^Ailə üzvü Aynur Məmmədova \(FİN 7XYZ89K\), 34 yaşında, /);
    expect(text.ru).toMatch(/^Член семьи Aynur Məmmədova \(ФИН 7XYZ89K\), возраст 34, /);
    expect(text.en).toMatch(/^Family member Aynur Məmmədova \(FIN 7XYZ89K\), aged 34, /);
  });

  it("names them by FIN alone when the name is not given", () => {
    const text = reasonMessage("EMPLOYMENT_STATUS_UNKNOWN", { fin: "9ABC12D" }, names);
    expect(text.en).toContain("family member FIN 9ABC12D, who");
  });
});

describe("a declared figure that does not match", () => {
  // A family refused on ground 1 reads who verified the figure it is measured against, so it knows what to contest
  // (the walk of 7 December 2026 read only "the verified data (0)").
  const facts = { field: "LIVESTOCK_HEADS" as const, declared: 2, verified: 6, toleranceBasisPoints: 1000 };

  it("names the inspector's count or the register", () => {
    const visit = reasonMessage("DECLARATION_MISMATCH", facts, undefined, ["DECLARED", "INSPECTION"]);
    expect(visit.en).toBe(
      "What the application states (livestock, head: 2) does not match the verified data (6; source: the inspector's count at the home).",
    );
    expect(visit.ru).toContain("(6; источник: подсчёт инспектора при посещении дома)");
    expect(visit.az).toContain("(6; mənbə: evə baxış zamanı inspektorun sayı)");
    const register = reasonMessage("DECLARATION_DIFFERS_WITHIN_TOLERANCE", facts, undefined, [
      "AGENCY:AGRICULTURE_REGISTRY",
      "DECLARED",
    ]);
    expect(register.en).toContain("(6; source: Agriculture registry (land, livestock))");
  });

  it("says only 'the verified data' when the reason carries no source", () => {
    expect(reasonMessage("DECLARATION_MISMATCH", facts).en).toContain("the verified data (6).");
  });
});

describe("a member of working age who does not work", () => {
  it("is described in Russian in words that fit a woman as well as a man", () => {
    const text = reasonMessage("LOW_INCOME_NOT_BEYOND_CONTROL", { fin: "7XYZ89K", ageYears: 44 });
    expect(text.ru).toContain("не работает, хотя находится в трудоспособном возрасте");
    expect(text.ru).not.toMatch(/трудоспособен\b/);
  });
});
