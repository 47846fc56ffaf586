import { describe, expect, it } from "vitest";
import { groupVisitsByDay } from "./visit-days";

const visit = (id: string, scheduledFor: string | null, status = "SCHEDULED") => ({ id, scheduledFor, status });
const today = "2026-03-04";

describe("the inspector's visits by day", () => {
  it("puts today first, then the days ahead soonest first and the undated last, then earlier days most recent first", () => {
    const days = groupVisitsByDay(
      [
        visit("earlier-closed", "2026-02-27", "COMPLETED"),
        visit("overdue-open", "2026-03-02"),
        visit("yesterday-closed", "2026-03-03", "MISSED"),
        visit("today", today),
        visit("next-week", "2026-03-11"),
        visit("tomorrow", "2026-03-05"),
        visit("undated", null),
      ],
      today,
    );
    expect(days.map((d) => d.date)).toEqual([
      today,
      "2026-03-05",
      "2026-03-11",
      null,
      "2026-03-03",
      "2026-03-02",
      "2026-02-27",
    ]);
    expect(days.map((d) => d.isToday)).toEqual([true, false, false, false, false, false, false]);
  });

  it("keeps an open visit from an earlier day listed, among the earlier days", () => {
    const days = groupVisitsByDay([visit("overdue-open", "2026-03-01"), visit("today", today)], today);
    expect(days).toEqual([
      { date: today, isToday: true, visits: [visit("today", today)] },
      { date: "2026-03-01", isToday: false, visits: [visit("overdue-open", "2026-03-01")] },
    ]);
  });

  it("keeps the input order within a day and hands back the visits unchanged", () => {
    const visits = [visit("a", today), visit("b", null), visit("c", today, "COMPLETED"), visit("d", null)];
    const days = groupVisitsByDay(visits, today);
    expect(days.map((d) => d.visits.map((v) => v.id))).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
    expect(days[0]?.visits[1]).toBe(visits[2]);
  });

  it("gives no days for no visits, and no today group when nothing is due today", () => {
    expect(groupVisitsByDay([], today)).toEqual([]);
    expect(groupVisitsByDay([visit("undated", null)], today)).toEqual([
      { date: null, isToday: false, visits: [visit("undated", null)] },
    ]);
  });
});
