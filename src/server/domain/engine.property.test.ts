import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessFamily } from "./assess-family";
import { SEED_HOLIDAYS } from "./data/holidays";
import { SEED_PARAMETERS } from "./data/parameters";
import { ZAssessmentInput, type AssessmentInput } from "./input-schema";
import { arbFamily, arbFin, arbIncome, arbMember } from "./test-support/arbitrary-family";
import { EXCLUSION_CODES } from "@/kernel/input-enums";

const options = { parameters: SEED_PARAMETERS, holidays: SEED_HOLIDAYS };
const assess = (input: AssessmentInput) => assessFamily(input, options);
const RUNS = { numRuns: 300 };

describe("decision engine properties", () => {
  it("generated families are valid engine inputs", () => {
    fc.assert(
      fc.property(arbFamily, (family) => ZAssessmentInput.safeParse(family).success),
      { numRuns: 100 },
    );
  });

  it("the amount is never negative and never exceeds N × C", () => {
    fc.assert(
      fc.property(arbFamily, (family) => {
        const { figures } = assess(family);
        const max = figures.thresholdQepik ?? 0;
        for (const amount of [figures.amountQepik, figures.computedAmountQepik ?? 0]) {
          expect(Number.isInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(max);
        }
      }),
      RUNS,
    );
  });

  it("adding an income record (agency or declared) never raises the amount", () => {
    const arb = arbFamily.chain((family) =>
      arbIncome(
        family.members.map((m) => m.fin),
        family.applicationDate,
      ).map((extra) => ({ family, extra })),
    );
    fc.assert(
      fc.property(arb, ({ family, extra }) => {
        const before = assess(family).figures;
        const richer = { ...family, incomes: [...family.incomes, extra] };
        const after = assess(richer).figures;
        expect(after.computedAmountQepik ?? 0).toBeLessThanOrEqual(before.computedAmountQepik ?? 0);
        expect(after.totalIncomeQepik).toBeGreaterThanOrEqual(before.totalIncomeQepik);
      }),
      RUNS,
    );
  });

  it("an excluded member never changes I or N (nor the outcome)", () => {
    const arb = fc
      .record({ family: arbFamily, fin: arbFin, code: fc.constantFrom(...EXCLUSION_CODES) })
      .filter(({ family, fin }) => !family.members.some((m) => m.fin === fin))
      .chain(({ family, fin, code }) =>
        fc
          .record({
            member: arbMember(fin),
            incomes: fc.array(arbIncome([fin], family.applicationDate), { maxLength: 20 }),
          })
          .map(({ member, incomes }) => ({
            family,
            excluded: { ...member, exclusions: [{ code, source: "AGENCY:POPULATION_REGISTRY" as const }] },
            incomes,
          })),
      );
    fc.assert(
      fc.property(arb, ({ family, excluded, incomes }) => {
        const before = assess(family);
        const after = assess({
          ...family,
          members: [...family.members, excluded],
          incomes: [...family.incomes, ...incomes],
        });
        expect(after.figures.memberCount).toBe(before.figures.memberCount);
        expect(after.figures.averageMonthlyIncomeQepik).toBe(before.figures.averageMonthlyIncomeQepik);
        expect(after.figures.totalIncomeQepik).toBe(before.figures.totalIncomeQepik);
        expect(after.outcome).toBe(before.outcome);
        expect(after.figures.amountQepik).toBe(before.figures.amountQepik);
      }),
      RUNS,
    );
  });

  it("the result does not depend on the order of members or income records", () => {
    const arb = arbFamily.chain((family) =>
      fc
        .record({
          members: fc.shuffledSubarray(family.members, {
            minLength: family.members.length,
            maxLength: family.members.length,
          }),
          incomes: fc.shuffledSubarray(family.incomes, {
            minLength: family.incomes.length,
            maxLength: family.incomes.length,
          }),
        })
        .map((shuffled) => ({ family, shuffled: { ...family, ...shuffled } })),
    );
    fc.assert(
      fc.property(arb, ({ family, shuffled }) => {
        expect(assess(shuffled)).toEqual(assess(family));
      }),
      RUNS,
    );
  });

  it("every REFUSE and REVIEW names at least one reason, and ASSIGN names its figures", () => {
    fc.assert(
      fc.property(arbFamily, (family) => {
        const result = assess(family);
        if (result.outcome === "ASSIGN") {
          expect(result.reasons.map((r) => r.code)).toEqual(["LOW_INCOME_ASSIGNED"]);
          expect(result.figures.period).not.toBeNull();
        } else {
          expect(result.reasons.filter((r) => r.kind !== "ASSIGNMENT").length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});
