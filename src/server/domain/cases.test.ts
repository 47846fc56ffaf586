import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainReasons, NO_MEMBER_NAMES } from "@/server/content/reasons/reason-message";
import { assessFamily } from "./assess-family";
import { compareWithExpectation, parseCaseFile } from "./case-file";
import { SEED_HOLIDAYS } from "./data/holidays";
import { SEED_PARAMETERS } from "./data/parameters";

// Cases as data (OpenFisca style): each file in cases/ is a family and what the law says should happen to it.

const folder = path.join(import.meta.dirname, "cases");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("ÜDSY case files", () => {
  it("has at least 40 cases", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)("%s", (file) => {
    const caseFile = parseCaseFile(JSON.parse(readFileSync(path.join(folder, file), "utf8")));
    expect(caseFile.expected, "every case file states its expected outcome").toBeDefined();
    const result = assessFamily(caseFile.input, { parameters: SEED_PARAMETERS, holidays: SEED_HOLIDAYS });
    expect(compareWithExpectation(result, caseFile.expected!), caseFile.title).toEqual([]);
    // A refusal is never silent about its reason, and every reason speaks all three languages.
    if (result.outcome !== "ASSIGN") expect(result.reasons.some((r) => r.kind !== "ASSIGNMENT")).toBe(true);
    for (const reason of explainReasons(result.reasons, NO_MEMBER_NAMES)) {
      for (const text of [reason.message.az, reason.message.ru, reason.message.en]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});
