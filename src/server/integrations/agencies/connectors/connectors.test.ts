import { describe, expect, it } from "vitest";
import { AGENCY_CODES } from "../catalogue";
import { connectors } from ".";
import { spreadOverMonths } from "./tax";

const header = { fin: "1AB2CD3", periodFrom: "2025-05-01", periodTo: "2026-04-30" };
const months = [
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
  "2026-04",
];
const ctx = { fin: header.fin, months };

describe("agency connectors", () => {
  it("there is one connector per service, each with a purpose", () => {
    expect(Object.keys(connectors).sort()).toEqual([...AGENCY_CODES].sort());
    for (const code of AGENCY_CODES) expect(connectors[code].purpose.length).toBeGreaterThan(20);
  });

  it("a money amount in manat with decimals breaks the contract instead of being rounded", () => {
    const reply = {
      ...header,
      contracts: [],
      wages: [{ month: "2025-05", employerTin: "1234567890", amountQepik: 450.5 }],
    };
    expect(connectors.labour.reply.safeParse(reply).success).toBe(false);
  });

  it("labour: wages of the counted months only, as WAGE records with the agency as source", () => {
    const reply = connectors.labour.reply.parse({
      ...header,
      contracts: [{ employerTin: "1234567890", position: "fəhlə", from: "2020-01-01", to: null }],
      wages: [
        { month: "2025-04", employerTin: "1234567890", amountQepik: 40000 },
        { month: "2025-05", employerTin: "1234567890", amountQepik: 45000 },
      ],
    });
    const f = connectors.labour.map(reply, ctx);
    expect(f.incomes).toEqual([
      { memberFin: header.fin, type: "WAGE", month: "2025-05", amountQepik: 45000, source: "AGENCY:labour" },
    ]);
    expect(f.member?.statuses?.[0]?.status).toBe("EMPLOYED");
  });

  it("tax: a quarterly return is spread over its months in whole qəpik, the remainder in the first", () => {
    expect(spreadOverMonths("2025-07", "2025-09", 100)).toEqual([
      { month: "2025-07", amountQepik: 34 },
      { month: "2025-08", amountQepik: 33 },
      { month: "2025-09", amountQepik: 33 },
    ]);
  });

  it("disability: the latest decision counts; a pending re-examination is flagged", () => {
    const reply = connectors.disability.reply.parse({
      ...header,
      assessments: [
        { decidedOn: "2020-01-01", degreePct: 40, childUnder18: false, validUntil: "2022-01-01", status: "VALID" },
        {
          decidedOn: "2024-01-01",
          degreePct: 85,
          childUnder18: false,
          validUntil: "2026-01-01",
          status: "PENDING_REEXAMINATION",
        },
      ],
    });
    expect(connectors.disability.map(reply, ctx).member?.disability).toMatchObject({
      degreePct: 85,
      pendingReexamination: true,
    });
  });

  it("civil status: alimony received becomes monthly income from its start; purchases in the period are transactions", () => {
    const reply = connectors["civil-status"].reply.parse({
      ...header,
      maritalStatus: "DIVORCED",
      acts: [],
      alimony: [{ role: "RECIPIENT", monthlyQepik: 12000, from: "2026-02-10", to: null }],
      notarialDeeds: [{ date: "2025-09-01", kind: "PURCHASE", object: "REAL_ESTATE", amountQepik: 2_000_000 }],
    });
    const f = connectors["civil-status"].map(reply, ctx);
    expect(f.incomes?.map((i) => i.month)).toEqual(["2026-02", "2026-03", "2026-04"]);
    expect(f.transactions).toHaveLength(1);
  });

  it("border: abroad now for more than half the period means living abroad", () => {
    const reply = connectors.border.reply.parse({
      ...header,
      crossings: [{ exitedOn: "2025-06-01", returnedOn: null }],
      daysAbroadInPeriod: 334,
    });
    expect(connectors.border.map(reply, ctx).member?.statuses?.[0]?.status).toBe("LIVES_ABROAD");
  });
});
