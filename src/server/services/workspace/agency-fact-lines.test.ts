import { describe, expect, it } from "vitest";
import { emptyAgencyFacts } from "@/server/integrations/agencies/agency-facts";
import { connectors } from "@/server/integrations/agencies/connectors";
import { mergeAgencyFacts } from "@/server/integrations/agencies/merge-agency-facts";
import { agencyFactLines } from "./agency-fact-lines";

const A = "1AB2CD3";

describe("the commission's answer on the case file", () => {
  it("carries the day an expired decision was valid until and that its re-examination is pending", () => {
    const facts = emptyAgencyFacts();
    facts.members = [
      {
        fin: A,
        statuses: [],
        disability: { degreePct: 90, childUnder18: false, pendingReexamination: true, validUntil: "2026-10-15" },
      },
    ];
    expect(agencyFactLines(facts, "disability", A)).toEqual([
      {
        kind: "disability",
        memberFin: A,
        code: null,
        values: { degreePct: 90, validUntil: "2026-10-15", pendingReexamination: true },
      },
    ]);
    expect(agencyFactLines(facts, "population", A)).toEqual([]);
  });
});

describe("utility and communication costs on the case file", () => {
  // A family of four asked over 12 months: the operators bill the parents and the older child (240 + 264 + 204
  // manat), the youngest has no subscription; the dwelling has one electricity account. Mapped and merged as the
  // case file's facts are (build-verified-case.ts).
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const [MOTHER, FATHER, SON, DAUGHTER] = ["1AB2CD3", "2BC3DE4", "3CD4EF5", "4DE5FG6"] as const;
  const header = (fin: string) => ({ fin, periodFrom: "2026-01-01", periodTo: "2026-12-31" });
  const phone = (fin: string, yearlyManat: number) => ({
    memberFin: fin,
    fragment: connectors.telecom.map(
      connectors.telecom.reply.parse({
        ...header(fin),
        subscriptions:
          yearlyManat === 0
            ? []
            : [
                {
                  operator: "Azercell",
                  kind: "MOBILE",
                  bills: months.map((month) => ({ month, amountQepik: (yearlyManat * 100) / 12 })),
                },
              ],
      }),
      { fin, months },
    ),
  });
  const electricity = {
    memberFin: null,
    fragment: connectors.electricity.map(
      connectors.electricity.reply.parse({
        ...header(MOTHER),
        accounts: [
          {
            accountNo: "E-1",
            meterNo: "M-1",
            address: "Bakı, Nəsimi",
            unit: "KWH",
            bills: months.map((month) => ({ month, consumption: 150, amountQepik: 1_500 })),
          },
        ],
      }),
      { fin: MOTHER, months },
    ),
  };
  const facts = mergeAgencyFacts(
    [MOTHER, FATHER, SON, DAUGHTER],
    [phone(MOTHER, 240), phone(FATHER, 264), phone(SON, 204), phone(DAUGHTER, 0), electricity],
  );
  const utility = (agency: "telecom" | "electricity", fin: string) =>
    agencyFactLines(facts, agency, fin).filter((l) => l.kind === "utility");

  it("shows each person's own phone bills on their row, and none for a member without a subscription", () => {
    expect(utility("telecom", MOTHER)).toEqual([
      { kind: "utility", memberFin: MOTHER, code: "TELECOM", values: { totalQepik: 24_000, months: 12 } },
    ]);
    expect(utility("telecom", FATHER)).toEqual([
      { kind: "utility", memberFin: FATHER, code: "TELECOM", values: { totalQepik: 26_400, months: 12 } },
    ]);
    expect(utility("telecom", SON)).toEqual([
      { kind: "utility", memberFin: SON, code: "TELECOM", values: { totalQepik: 20_400, months: 12 } },
    ]);
    expect(utility("telecom", DAUGHTER)).toEqual([]);
    // The rows add up to the family's 708 manat the engine counts, not four times it.
    const rows = [MOTHER, FATHER, SON, DAUGHTER].flatMap((fin) => utility("telecom", fin));
    expect(rows.reduce((s, l) => s + Number(l.values.totalQepik), 0)).toBe(70_800);
    expect(facts.utilityCosts.filter((u) => u.service === "TELECOM").reduce((s, u) => s + u.amountQepik, 0)).toBe(
      70_800,
    );
  });

  it("shows a household service's bills once, on the household row (asked about the representative)", () => {
    expect(utility("electricity", MOTHER)).toEqual([
      { kind: "utility", memberFin: null, code: "ELECTRICITY", values: { totalQepik: 18_000, months: 12 } },
    ]);
    // Nor does a household bill slip onto a person's telecom row.
    expect(utility("telecom", DAUGHTER)).toEqual([]);
  });
});
