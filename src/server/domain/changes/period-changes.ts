import { addMonths, addMonthsToYearMonth, firstDayOfMonth, monthOf, type IsoDate } from "@/kernel/calendar-date";

// Decisions during the assistance period (issue 14): a reassessment after a reported change and a
// false-information finding both change the running assignment from the month after they are made, never
// backwards (docs/payments.md, "Later decisions"; docs/changes-during-the-period.md).

/** The first day of the month after `today` (a Baku date): from then a decision made today changes the assignment. */
export function effectiveFromAfter(today: IsoDate): IsoDate {
  return firstDayOfMonth(addMonthsToYearMonth(monthOf(today), 1));
}

/**
 * Ground 9: the right to ÜDSY is lost for `months` (FALSE_INFORMATION_BAR_MONTHS, 12) from the finding. The bar
 * ends on the same calendar day `months` later (the last day of a shorter month when that day does not exist),
 * the day from which a new application is considered — the engine's rule (rules/previous-findings.ts) reads it
 * the same way.
 */
export function falseInformationBarEndsOn(foundOn: IsoDate, months: number): IsoDate {
  return addMonths(foundOn, months);
}

/** Whether a bar ending on `barEndsOn` still holds on `today`. */
export function barHolds(barEndsOn: IsoDate, today: IsoDate): boolean {
  return today < barEndsOn;
}

/**
 * What a reassessment decides for the running assignment: the engine's amount from `effectiveFrom` to the end of
 * the period that runs, or the end of the assignment (a refusal) from `effectiveFrom`. A period that is over by
 * then changes nothing.
 */
export function reassessedAssignment(
  running: { periodFrom: IsoDate; periodTo: IsoDate },
  engine: { outcome: "ASSIGN" | "REFUSE"; amountQepik: number | null },
  today: IsoDate,
):
  | { outcome: "ASSIGN"; amountQepik: number; periodFrom: IsoDate; periodTo: IsoDate; effectiveFrom: IsoDate }
  | { outcome: "REFUSE"; effectiveFrom: IsoDate }
  | { outcome: "NONE" } {
  const effectiveFrom = effectiveFromAfter(today);
  if (effectiveFrom > running.periodTo) return { outcome: "NONE" };
  if (engine.outcome === "ASSIGN" && engine.amountQepik !== null && engine.amountQepik > 0) {
    return {
      outcome: "ASSIGN",
      amountQepik: engine.amountQepik,
      periodFrom: running.periodFrom,
      periodTo: running.periodTo,
      effectiveFrom,
    };
  }
  return { outcome: "REFUSE", effectiveFrom };
}
