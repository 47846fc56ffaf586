import { getTranslations } from "next-intl/server";
import { DayRangeFields } from "@/components/form/day-range-fields";
import { FocusRefusedField } from "@/components/form/focus-refused-field";
import { TextField } from "@/components/form/labelled-field";
import { SearchActions } from "@/components/form/search-actions";
import { DAY_RANGE_KEYS } from "@/lib/i18n/day-range";

const TEXT_FIELDS = ["registrationNumber", "actorEmail", "action"] as const;
export const FILTER_FIELDS = [...TEXT_FIELDS, ...DAY_RANGE_KEYS] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const types: Record<(typeof TEXT_FIELDS)[number], string> = {
  registrationNumber: "text",
  actorEmail: "email",
  action: "text",
};

/**
 * The log's search: a GET form, so the page answers it on the server and the address keeps it. Days are given as
 * ISO days (or as typed, when not a day) and shown as dd.mm.yyyy, in the period fields every staff search has.
 */
export async function AuditFilterForm({
  values,
  errors,
  actions,
}: {
  values: Partial<Record<FilterField, string>>;
  errors: Partial<Record<FilterField, string>>;
  /** Every action by its words, offered as the action field is typed (a code's beginning still searches a group). */
  actions: { code: string; label: string }[];
}) {
  const t = await getTranslations("auditLog");
  return (
    // noValidate: the server checks the search and says what is wrong beside the field in the page's language; the
    // browser's own check spoke its own language ("Please include an '@'…" on an Azerbaijani page).
    <form
      method="get"
      noValidate
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="audit-filters"
    >
      <h2 id="audit-filters" className="text-lg font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field}
            id={field}
            name={field}
            type={types[field]}
            label={t(field)}
            defaultValue={values[field] ?? ""}
            error={errors[field]}
            autoComplete="off"
            {...(field === "action" ? { list: "audit-actions" } : {})}
          />
        ))}
        <datalist id="audit-actions">
          {actions.map((a) => (
            <option key={a.code} value={a.label}>
              {a.code}
            </option>
          ))}
        </datalist>
        <DayRangeFields values={values} errors={errors} />
      </div>
      {/* The fields' ids are their names, in the form's order. */}
      <FocusRefusedField id={FILTER_FIELDS.find((f) => errors[f])} />
      <SearchActions submit={t("search")} clear={t("clear")} />
    </form>
  );
}
