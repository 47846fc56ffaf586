import { addMonths, isIsoDate, type IsoDate } from "@/kernel/calendar-date";

/** How far ahead a new value may take effect: the holiday calendar's ten years; beyond is a typing error (2999). */
export const PARAMETER_YEARS_AHEAD = 10;

/** The last day a value proposed today may take effect from. */
export function latestParameterDate(today: IsoDate): IsoDate {
  return addMonths(today, PARAMETER_YEARS_AHEAD * 12);
}

type DateRefusal =
  | "required"
  | "dateFormat"
  | "parameterDateNotFuture"
  | "parameterDateTooFar"
  | "lawDateAfterValidFrom"
  | "lawDateFuture";

/**
 * What is wrong with a proposal's two dates (ISO, or text still being typed), each as an `errors.<code>`, both at
 * once: the form says every problem in one press, and the server refuses with the same rules. The value's date must
 * be after today and at most ten years ahead; the act must be adopted (today or earlier) and not dated after the
 * value's day (the more telling refusal when both hold, since that day is in the future).
 */
export function parameterDateRefusals(
  dates: { validFrom: string; lawDate: string },
  today: IsoDate,
): { validFrom?: DateRefusal; lawDate?: DateRefusal } {
  const format = (d: string): DateRefusal | null => (!d ? "required" : isIsoDate(d) ? null : "dateFormat");
  const validFrom =
    format(dates.validFrom) ??
    (dates.validFrom <= today
      ? "parameterDateNotFuture"
      : dates.validFrom > latestParameterDate(today)
        ? "parameterDateTooFar"
        : null);
  const lawDate =
    format(dates.lawDate) ??
    (isIsoDate(dates.validFrom) && dates.lawDate > dates.validFrom
      ? "lawDateAfterValidFrom"
      : dates.lawDate > today
        ? "lawDateFuture"
        : null);
  return { ...(validFrom ? { validFrom } : {}), ...(lawDate ? { lawDate } : {}) };
}
