import { describe, expect, it } from "vitest";
import { changeReportFile } from "../support/change-report-file";

// The time to report a change is its own parameter (CHANGE_REPORT_WORKING_DAYS): equal to the decision's 15 working
// days today, but another rule, so an administrator changing one leaves the other as it was.

const { testDb, api, assignedFamily } = changeReportFile("changes_deadline");

describe("a change report's deadline", () => {
  it("counts CHANGE_REPORT_WORKING_DAYS from the day of the change, whatever the decision's deadline is", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const validFrom = new Date("2026-01-01T00:00:00Z");
    await db.parameter.createMany({
      data: [
        { code: "CHANGE_REPORT_WORKING_DAYS", validFrom, value: 5, unit: "WORKING_DAYS", legalReference: "test" },
        { code: "DECISION_DEADLINE_WORKING_DAYS", validFrom, value: 30, unit: "WORKING_DAYS", legalReference: "test" },
      ],
    });

    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-06-01",
      change: { kind: "MEMBER_LEFT", memberFin: family.fins[1] },
    });
    // Monday 1 June, then 2, 3, 4, 5 and 8 June: the fifth working day after it. Reported on 10 June: late.
    expect(report).toMatchObject({ reportDueOn: "2026-06-08", reportedInTime: false });
  });
});
