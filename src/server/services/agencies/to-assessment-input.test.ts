import { describe, expect, it } from "vitest";
import { emptyAgencyFacts } from "@/server/integrations/agencies/agency-facts";
import { toAssessmentInput, type CaseFrame } from "./to-assessment-input";

const A = "1AB2CD3";
const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
const frame: CaseFrame = {
  applicationDate: "2026-01-15",
  address: { id: "ADDR-1" },
  representativeFin: A,
  months,
  members: [{ fin: A, birthDate: "1980-01-01", relation: "APPLICANT", declaredFacts: {} }],
  declaredIncomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 20_000 }],
  answered: () => true,
};

describe("the engine's input from the agencies' facts and the e-application", () => {
  it("passes what the family declared as income beyond the registers, beside the register's wage of the same type", () => {
    const facts = emptyAgencyFacts();
    facts.incomes = months.map((month) => ({
      memberFin: A,
      type: "WAGE" as const,
      month,
      amountQepik: 50_000,
      source: "AGENCY:labour" as const,
    }));
    const incomes = toAssessmentInput(facts, frame).incomes ?? [];
    const declared = incomes.filter((i) => i.source === "DECLARED");
    expect(declared).toHaveLength(12);
    // Without the flag the engine would read 200 AZN as the whole wage against the register's 500: a false declaration.
    expect(declared.every((i) => i.beyondRegisters === true && i.type === "WAGE" && i.amountQepik === 20_000)).toBe(
      true,
    );
    expect(incomes.filter((i) => i.source === "AGENCY:LABOUR_CONTRACTS")).toHaveLength(12);
  });

  it("names an agency that did not answer once, however many members it did not answer for", () => {
    const B = "2BC3DE4";
    const facts = emptyAgencyFacts();
    facts.missingData = [A, B].flatMap((memberFin) => [
      { agency: "disability" as const, memberFin, reason: "UNAVAILABLE" as const, detail: "CIRCUIT_OPEN" },
      { agency: "pensions" as const, memberFin, reason: "UNAVAILABLE" as const, detail: "CIRCUIT_OPEN" },
    ]);
    const twoMembers: CaseFrame = {
      ...frame,
      members: [...frame.members, { fin: B, birthDate: "1982-01-01", relation: "SPOUSE", declaredFacts: {} }],
    };
    expect(toAssessmentInput(facts, twoMembers).unobtainedData?.map((u) => u.agency)).toHaveLength(2);
  });

  it("says a disability decision awaiting re-examination is why the commission's data is missing, not silence", () => {
    const facts = emptyAgencyFacts();
    facts.members = [
      {
        fin: A,
        statuses: [],
        disability: { degreePct: 90, childUnder18: false, pendingReexamination: true, validUntil: "2025-12-01" },
      },
    ];
    expect(toAssessmentInput(facts, frame).unobtainedData).toEqual([
      { agency: "DISABILITY_COMMISSION", reason: "REEXAMINATION_PENDING" },
    ]);
  });

  it("leaves out a job offer refused after the application date, which the engine's input would refuse as later", () => {
    const facts = emptyAgencyFacts();
    const offer = { memberFin: A, outcome: "REFUSED" as const, suitable: true, source: "AGENCY:employment" as const };
    facts.jobOffers = [
      { ...offer, offerId: "JO-1", date: "2026-01-15" },
      { ...offer, offerId: "JO-2", date: "2026-01-16" },
    ];
    expect(toAssessmentInput(facts, frame).jobOfferRefusals?.map((r) => r.offerRef)).toEqual(["JO-1"]);
  });

  describe("an income reported during the period", () => {
    const B = "2BC3DE4";
    const twoMembers: CaseFrame = {
      ...frame,
      members: [...frame.members, { fin: B, birthDate: "1982-01-01", relation: "SPOUSE", declaredFacts: {} }],
    };
    const wage = (memberFin: string, month: string, amountQepik: number) => ({
      memberFin,
      type: "WAGE" as const,
      month,
      amountQepik,
      source: "AGENCY:labour" as const,
    });
    const declaredByMonth = (facts: ReturnType<typeof emptyAgencyFacts>, income: CaseFrame["declaredIncomes"][0]) =>
      Object.fromEntries(
        (toAssessmentInput(facts, { ...twoMembers, declaredIncomes: [income] }).incomes ?? [])
          .filter((i) => i.source === "DECLARED")
          .map((i) => [i.month, i.amountQepik]),
      );

    it("is not counted again in the months the labour registry already shows the new job", () => {
      // The father earns 300 all year; the mother starts a 400 contract job on 10 November and reports it: the
      // registry shows her November and December wages.
      const facts = emptyAgencyFacts();
      facts.incomes = [
        ...months.map((m) => wage(A, m, 30_000)),
        wage(B, "2025-11", 40_000),
        wage(B, "2025-12", 40_000),
      ];
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 40_000,
        startedOn: "2025-11-10",
      });
      expect(Object.keys(declared)).toHaveLength(10);
      expect(declared["2025-10"]).toBe(40_000);
      expect(declared["2025-11"]).toBeUndefined();
      expect(declared["2025-12"]).toBeUndefined();
      // Her income is 400 in every month of the window, once: 300 + 400 a month for the family.
      const all =
        toAssessmentInput(facts, {
          ...twoMembers,
          declaredIncomes: [{ memberFin: B, type: "WAGE", monthlyQepik: 40_000, startedOn: "2025-11-10" }],
        }).incomes ?? [];
      expect(all.reduce((s, i) => s + i.amountQepik, 0)).toBe(12 * 70_000);
    });

    it("counts only the part the registry does not show: a registered wage lower than reported", () => {
      const facts = emptyAgencyFacts();
      facts.incomes = [wage(B, "2025-12", 25_000)];
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 40_000,
        startedOn: "2025-12-01",
      });
      expect(declared["2025-11"]).toBe(40_000);
      expect(declared["2025-12"]).toBe(15_000);
    });

    it("counts a second, informal job in full beside the wage the registry showed before it began", () => {
      const facts = emptyAgencyFacts();
      facts.incomes = months.map((m) => wage(A, m, 30_000));
      const declared = declaredByMonth(facts, {
        memberFin: A,
        type: "WAGE",
        monthlyQepik: 20_000,
        startedOn: "2025-11-01",
      });
      expect(Object.values(declared)).toEqual(Array(12).fill(20_000));
    });

    it("counts in full when it began after the window's last month, which no register can show yet", () => {
      const facts = emptyAgencyFacts();
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 40_000,
        startedOn: "2026-01-03",
      });
      expect(Object.values(declared)).toEqual(Array(12).fill(40_000));
    });

    it("is reported as a job with a labour contract: the months the registry shows it are the registry's", () => {
      const facts = emptyAgencyFacts();
      facts.incomes = [wage(B, "2025-11", 40_000), wage(B, "2025-12", 40_000)];
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 40_000,
        startedOn: "2025-11-10",
        registered: true,
      });
      expect(Object.keys(declared)).toHaveLength(10);
      expect(declared["2025-11"]).toBeUndefined();
    });

    it("is reported as work without a labour contract: counted in full, whatever the registry shows of the member", () => {
      // The registry shows a contract wage from the same month: another job, which the informal one adds to.
      const facts = emptyAgencyFacts();
      facts.incomes = [wage(B, "2025-11", 40_000), wage(B, "2025-12", 40_000)];
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 15_000,
        startedOn: "2025-11-10",
        registered: false,
      });
      expect(Object.values(declared)).toEqual(Array(12).fill(15_000));
    });

    it("was reported before the form asked (registered unknown): read as the registry's, as it was", () => {
      const facts = emptyAgencyFacts();
      facts.incomes = [wage(B, "2025-12", 40_000)];
      const declared = declaredByMonth(facts, {
        memberFin: B,
        type: "WAGE",
        monthlyQepik: 40_000,
        startedOn: "2025-12-01",
        registered: null,
      });
      expect(Object.keys(declared)).toHaveLength(11);
      expect(declared["2025-12"]).toBeUndefined();
    });
  });
});
