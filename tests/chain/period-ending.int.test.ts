import { describe, expect, it } from "vitest";
import { bakuDate } from "@/kernel/calendar-date";
import { addMonthsToYearMonth, monthOf } from "@/kernel/calendar-date";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { eventually } from "./chain-actors";
import { chainPerFile } from "./chain-per-file";

// The end-of-period cron fired through the local engine as the schedule would fire it: a family whose period
// ends this month is told once, by SMS in its language, however often the cron runs; one whose period ends later
// is not told yet.

const { db, chain } = chainPerFile("period_ending");

describe("the end-of-period notice", () => {
  it("tells a family a month before its period ends, once", async () => {
    const thisMonth = monthOf(bakuDate(new Date()));
    const assigned = (firstMonth: string) =>
      assignedWithBankOrder(db(), {
        districtCode: "BAK-NASIMI",
        applicationDate: `${firstMonth}-05`,
        status: "OPENED",
        requestedAt: new Date(`${firstMonth}-10T09:00:00Z`),
      });
    const ending = await assigned(addMonthsToYearMonth(thisMonth, -11));
    const later = await assigned(addMonthsToYearMonth(thisMonth, -6));

    for (let round = 1; round <= 2; round++) {
      await chain().fireCron("notify-period-ending");
      await eventually(chain(), `period-ending round ${round}`, async () => {
        const res = await fetch(
          new URL("/admin/runs?function_id=vemtas-notify-period-ending&status=completed", chain().engine.url),
        );
        return ((await res.json()) as { runs: unknown[] }).runs.length >= round;
      });
    }
    const told = await db().notification.findMany({
      where: { applicationId: { in: [ending.application.id, later.application.id] }, kind: "PERIOD_ENDING" },
    });
    expect(told.map((n) => [n.applicationId, n.channel, n.locale])).toEqual([[ending.application.id, "SMS", "az"]]);
    expect(told[0]?.body).toContain(ending.application.registrationNumber);
    expect(told[0]?.status).not.toBe("QUEUED");
  });
});
