import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/labelled-field";
import { SearchActions } from "@/components/form/search-actions";
import { AuditDayField } from "./audit-day-field";

export const FILTER_FIELDS = ["registrationNumber", "actorEmail", "action", "from", "to"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const types: Record<Exclude<FilterField, "from" | "to">, string> = {
  registrationNumber: "text",
  actorEmail: "email",
  action: "text",
};

/**
 * The log's search: a GET form, so the page answers it on the server and the address keeps it. Days are given as
 * ISO days (or as typed, when not a day) and shown as dd.mm.yyyy.
 */
export async function AuditFilterForm({
  values,
  errors,
}: {
  values: Partial<Record<FilterField, string>>;
  errors: Partial<Record<FilterField, string>>;
}) {
  const t = await getTranslations("auditLog");
  return (
    <form
      method="get"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="audit-filters"
    >
      <h2 id="audit-filters" className="text-lg font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {FILTER_FIELDS.map((field) =>
          field === "from" || field === "to" ? (
            // Days typed dd.mm.yyyy, whatever the browser's language.
            <AuditDayField
              // A new day from the server (another page of the log) starts the field afresh.
              key={`${field}:${values[field] ?? ""}`}
              id={field}
              label={t(field)}
              defaultValue={values[field] ?? ""}
              error={errors[field]}
            />
          ) : (
            <TextField
              key={field}
              id={field}
              name={field}
              type={types[field]}
              label={t(field)}
              defaultValue={values[field] ?? ""}
              error={errors[field]}
              autoComplete="off"
            />
          ),
        )}
      </div>
      <SearchActions submit={t("search")} clear={t("clear")} />
    </form>
  );
}
