import { describe, expect, it } from "vitest";
import { branchNameIn } from "./branch-name";

describe("a bank branch's name in the reader's language", () => {
  const names = { name: "Şəki filialı", nameRu: "Шекинский филиал", nameEn: "Shaki branch" };

  it("is the Russian or English name on those pages, the bank's own on Azerbaijani ones", () => {
    expect(branchNameIn("ru", names)).toBe("Шекинский филиал");
    expect(branchNameIn("en", names)).toBe("Shaki branch");
    expect(branchNameIn("az", names)).toBe("Şəki filialı");
  });

  it("falls back to the bank's own name when the bank gave no translation", () => {
    expect(branchNameIn("ru", { name: "Şəki filialı", nameRu: null })).toBe("Şəki filialı");
    expect(branchNameIn("en", { name: "Şəki filialı" })).toBe("Şəki filialı");
  });
});
