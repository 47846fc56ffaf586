import { describe, expect, it } from "vitest";
import { renewalOpensOn, runningAssignmentUntil } from "./running-assignment";

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const assigned = (decidedOn: string, periodTo: string) => ({
  outcome: "ASSIGN" as const,
  decidedAt: at(decidedOn),
  periodTo,
});
const refused = (decidedOn: string) => ({ outcome: "REFUSE" as const, decidedAt: at(decidedOn), periodTo: null });

describe("a running assignment", () => {
  it("blocks a new application until the period's last three months, when renewal opens", () => {
    const family = [{ decisions: [assigned("2026-03-20", "2027-02-28")] }];
    expect(renewalOpensOn("2027-02-28")).toBe("2026-12-01");
    expect(runningAssignmentUntil(family, "2026-05-04")).toBe("2027-02-28");
    expect(runningAssignmentUntil(family, "2026-11-30")).toBe("2027-02-28");
    expect(runningAssignmentUntil(family, "2026-12-01")).toBeNull();
    expect(runningAssignmentUntil(family, "2027-03-01")).toBeNull();
  });

  it("ends when a later decision of the application refuses, and starts when an appeal's answer assigns", () => {
    expect(
      runningAssignmentUntil(
        [{ decisions: [refused("2026-06-01"), assigned("2026-03-20", "2027-02-28")] }],
        "2026-07-01",
      ),
    ).toBeNull();
    expect(
      runningAssignmentUntil(
        [{ decisions: [refused("2026-03-20"), assigned("2026-04-20", "2027-02-28")] }],
        "2026-07-01",
      ),
    ).toBe("2027-02-28");
  });

  it("is the longest of the family's applications, and none for a family never assigned", () => {
    const family = [
      { decisions: [assigned("2025-03-20", "2026-02-28")] },
      { decisions: [assigned("2026-03-20", "2027-02-28")] },
      { decisions: [] },
    ];
    expect(runningAssignmentUntil(family, "2026-05-04")).toBe("2027-02-28");
    expect(
      runningAssignmentUntil([{ decisions: [refused("2026-03-20")] }, { decisions: [] }], "2026-05-04"),
    ).toBeNull();
  });
});
