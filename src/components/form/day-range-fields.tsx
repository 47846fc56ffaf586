import { getTranslations } from "next-intl/server";
import { DAY_RANGE_KEYS, type DayRangeKey } from "@/lib/i18n/day-range";
import { SearchDayField } from "./search-day-field";

/**
 * The "from" and "to" days of a staff search (the audit log, the reports), named `from` and `to` in its address:
 * the same labels, typing, reading and refusals on every page that searches by a period (lib/i18n/day-range.ts).
 * Both days are Baku calendar days and both are included. Two grid cells, for the form's own grid.
 */
export async function DayRangeFields({
  values,
  errors,
}: {
  /** ISO days, or what was typed when it is not one. */
  values: Partial<Record<DayRangeKey, string>>;
  /** The refusals in words, beside their field. */
  errors: Partial<Record<DayRangeKey, string>>;
}) {
  const t = await getTranslations("dayRange");
  return DAY_RANGE_KEYS.map((key) => (
    <SearchDayField
      // A new day from the server (another page of the log, the report's own period) starts the field afresh.
      key={`${key}:${values[key] ?? ""}`}
      id={key}
      label={t(key)}
      defaultValue={values[key] ?? ""}
      error={errors[key]}
    />
  ));
}
