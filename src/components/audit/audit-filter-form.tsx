import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/labelled-field";
import { SearchActions } from "@/components/form/search-actions";

export const FILTER_FIELDS = ["registrationNumber", "actorEmail", "action", "from", "to"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const types: Record<FilterField, string> = {
  registrationNumber: "text",
  actorEmail: "email",
  action: "text",
  from: "date",
  to: "date",
};

/** The log's search: a GET form, so the page answers it on the server and the address keeps it. */
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
        {FILTER_FIELDS.map((field) => (
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
        ))}
      </div>
      <SearchActions submit={t("search")} clear={t("clear")} />
    </form>
  );
}
