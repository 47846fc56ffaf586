import { getTranslations } from "next-intl/server";
import { APPLICATION_STATUSES } from "@/kernel/application-statuses";

import { SelectField, TextField } from "@/components/form/labelled-field";

import { SearchActions } from "@/components/form/search-actions";

// A draft is the citizen's own until it is submitted: staff look for applications from then on.
const SEARCHABLE_STATUSES = APPLICATION_STATUSES.filter((s) => s !== "DRAFT");

/**
 * The staff's search of their district's applications: a GET form, so the page answers it on the server, the
 * address keeps it, and it works without JavaScript on an old office computer.
 */
export async function ApplicationSearchForm({
  query,
  status,
  errors,
}: {
  query: string;
  status: string;
  errors: { query: string | null; status: string | null };
}) {
  const t = await getTranslations();
  return (
    <form
      method="get"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="application-search"
    >
      <h2 id="application-search" className="text-lg font-semibold">
        {t("staff.searchTitle")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField
          id="q"
          name="q"
          label={t("staff.searchLabel")}
          defaultValue={query}
          error={errors.query ? t(errors.query) : undefined}
          autoComplete="off"
        />
        <SelectField
          id="status"
          name="status"
          label={t("staff.searchStatus")}
          defaultValue={status}
          error={errors.status ? t(errors.status) : undefined}
        >
          <option value="">{t("staff.anyStatus")}</option>
          {SEARCHABLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SearchActions submit={t("staff.find")} clear={t("staff.clearSearch")} />
    </form>
  );
}
