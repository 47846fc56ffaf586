import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "./case-file";
import { InvalidInputError } from "./input-schema";

const ministry = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, "cases", "in-march-2020-a-family-of-four-with-400-azn-income-gets-240-azn.json"),
    "utf8",
  ),
) as { input: Record<string, unknown> & { members: Record<string, unknown>[]; incomes: Record<string, unknown>[] } };

function problemsOf(mutate: (c: typeof ministry) => void): string[] {
  const copy = structuredClone(ministry);
  mutate(copy);
  try {
    parseCaseFile(copy);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("a malformed case file gets an error that names the field and the problem", () => {
  it.each([
    [
      "a FIN of the wrong shape",
      (c: typeof ministry) => {
        c.input.members[1]!.fin = "12ab";
      },
      "input.members[1].fin: must be a FIN",
    ],
    [
      "money in manat with decimals",
      (c: typeof ministry) => {
        c.input.incomes[0]!.amountQepik = 400.5;
      },
      "input.incomes[0].amountQepik: must be a whole number of qəpik",
    ],
    [
      "a date that does not exist",
      (c: typeof ministry) => {
        c.input.applicationDate = "2020-02-30";
      },
      "input.applicationDate: must be a calendar date",
    ],
    [
      "a month in the wrong format",
      (c: typeof ministry) => {
        c.input.incomes[2]!.month = "2019-3";
      },
      "input.incomes[2].month: must be a month written YYYY-MM",
    ],
    [
      "an unknown income source",
      (c: typeof ministry) => {
        c.input.incomes[0]!.source = "NEIGHBOUR";
      },
      "input.incomes[0].source: must be AGENCY:<code> or DECLARED",
    ],
    [
      "income of a person not listed",
      (c: typeof ministry) => {
        c.input.incomes[0]!.memberFin = "ZZZ9999";
      },
      "input.incomes[0].memberFin: FIN ZZZ9999 is not among members",
    ],
    [
      "a missing inspection",
      (c: typeof ministry) => {
        delete c.input.inspection;
      },
      "input.inspection:",
    ],
    [
      "an unexpected field",
      (c: typeof ministry) => {
        c.input.members[0]!.salary = 5;
      },
      "input.members[0]",
    ],
    [
      "a negative amount",
      (c: typeof ministry) => {
        c.input.incomes[0]!.amountQepik = -1;
      },
      "input.incomes[0].amountQepik: must not be negative",
    ],
  ])("%s", (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it("accepts the case as written", () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });
});
