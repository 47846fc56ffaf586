import { getTranslations, setRequestLocale } from "next-intl/server";
import { districtOptions } from "@/components/admin/district-options";
import { FocusRefusedField } from "@/components/form/focus-refused-field";
import { bakuDate } from "@/kernel/calendar-date";
import { formatDottedDate, parseDottedDate } from "@/lib/i18n/date-input";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { OUTCOMES } from "@/kernel/outcomes";
import { formatAzn, type Locale } from "@/kernel/money";
import { WHAT_IF_FIELDS, ZWhatIfRequest } from "@/lib/what-if/what-if-request";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("whatIf");

type Field = (typeof WHAT_IF_FIELDS)[number];
type Search = Partial<Record<Field, string | string[]>>;

/**
 * The policy what-if for the ministry's administrators. A plain GET form: the question is in the address, so a run
 * can be bookmarked or sent to a colleague, and the CSV link repeats it.
 */
export default async function WhatIfPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("whatIf");
  const tn = await getTranslations("adminConsole.names");
  const te = await getTranslations();
  // The review margin by the law table's own name for it, so the two pages name one parameter one way.
  const label = (field: Field) =>
    field === "reviewMargin" ? t("reviewMargin", { name: tn("THRESHOLD_REVIEW_MARGIN") }) : t(field);
  const search = await searchParams;
  // Every field the form sent, an empty one too: the form pressed with empty fields is asked, and refused beside
  // each (it once showed nothing, as if not asked).
  const typed: Partial<Record<Field, string>> = Object.fromEntries(
    WHAT_IF_FIELDS.flatMap((k) => {
      const v = search[k];
      const text = (Array.isArray(v) ? v[0] : v)?.trim();
      return text === undefined ? [] : [[k, text]];
    }),
  );
  // The day as every staff form takes it (dd.mm.yyyy), or as an older link or the CSV's carries it (ISO).
  const given = typed.asOf ? { ...typed, asOf: parseDottedDate(typed.asOf) ?? typed.asOf } : typed;
  const asked = Object.keys(given).length > 0;
  const request = ZWhatIfRequest.safeParse(given);
  const errors: Partial<Record<Field, string>> = {};
  if (asked) {
    for (const issue of request.error?.issues ?? []) {
      const field = WHAT_IF_FIELDS.find((f) => f === issue.path[0]);
      if (field)
        errors[field] ??= te(/^(whatIf\.|errors\.)/.test(issue.message) ? issue.message : "errors.invalidInput");
    }
  }
  // The cursor goes to the first refused field, in the form's order.
  const refusedField = WHAT_IF_FIELDS.find((f) => errors[f]);
  const api = await serverApi();
  const run = asked && request.success ? await api.whatIf.run(given as Record<Field, string>) : null;
  // Districts by their name in the reader's language; the CSV keeps the stable codes.
  const districtName = new Map(
    run ? districtOptions(await api.reference.districts(), locale).map((d) => [d.code, d.name]) : [],
  );
  const money = (qepik: number) => formatAzn(qepik, locale as Locale);
  const defaults: Record<Field, string> = { asOf: bakuDate(new Date()), needCriterion: "", reviewMargin: "" };
  const shown = (field: Field) => {
    const value = given[field] ?? defaults[field];
    return field === "asOf" ? formatDottedDate(value) : value;
  };
  const csvHref = `/api/what-if.csv?${new URLSearchParams({ ...(given as Record<string, string>), locale }).toString()}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <form method="get" className="grid max-w-xl gap-4" noValidate>
        {WHAT_IF_FIELDS.map((field) => (
          <p key={field} className="grid gap-1">
            <label htmlFor={`what-if-${field}`} className="font-semibold">
              {label(field)}
            </label>
            <input
              id={`what-if-${field}`}
              name={field}
              defaultValue={shown(field)}
              inputMode={field === "asOf" ? "numeric" : "decimal"}
              placeholder={field === "asOf" ? te("common.datePlaceholder") : undefined}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `what-if-${field}-error` : undefined}
              className="rounded border border-slate-400 px-3 py-2"
              required
            />
            {errors[field] && (
              <span id={`what-if-${field}-error`} role="alert" className="text-red-700">
                {errors[field]}
              </span>
            )}
          </p>
        ))}
        <FocusRefusedField id={refusedField && `what-if-${refusedField}`} />
        <p>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("run")}
          </button>
        </p>
      </form>

      {run && run.families === 0 && <p>{t("empty")}</p>}
      {run && run.families > 0 && (
        <section className="space-y-6" aria-labelledby="what-if-summary">
          <h2 id="what-if-summary" className="text-xl font-semibold">
            {t("summary")}
          </h2>
          <p>{t("limits")}</p>
          <table className="w-full text-left text-sm" data-testid="what-if-cost">
            <caption className="text-left font-semibold">
              {t("families")}: {run.families}
              {run.skipped > 0 ? ` (${t("skipped")}: ${run.skipped})` : ""}
            </caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t("actual")}</th>
                <th scope="col">{t("reform")}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-200">
                <th scope="row">{t("monthly")}</th>
                <td>{money(run.actualMonthlyQepik)}</td>
                <td>{money(run.reformMonthlyQepik)}</td>
              </tr>
              <tr className="border-t border-slate-200">
                <th scope="row">{t("yearly")}</th>
                <td>{money(run.actualYearlyQepik)}</td>
                <td>{money(run.reformYearlyQepik)}</td>
              </tr>
              <tr className="border-t border-slate-200">
                <th scope="row">
                  {t("winners")} / {t("losers")}
                </th>
                <td colSpan={2}>
                  {run.winners} / {run.losers}
                </td>
              </tr>
            </tbody>
          </table>
          <table className="w-full text-left text-sm" data-testid="what-if-outcomes">
            <caption className="text-left font-semibold">{t("outcomes")}</caption>
            <thead>
              <tr>
                <td />
                {OUTCOMES.map((o) => (
                  <th key={o} scope="col">
                    {t(`outcome.${o}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {OUTCOMES.map((was) => (
                <tr key={was} className="border-t border-slate-200">
                  <th scope="row">{t(`outcome.${was}`)}</th>
                  {OUTCOMES.map((now) => (
                    <td key={now}>{run.outcomes[was][now]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="w-full text-left text-sm" data-testid="what-if-districts">
            <caption className="text-left font-semibold">{t("byDistrict")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("district")}</th>
                <th scope="col">{t("families")}</th>
                <th scope="col">{t("winners")}</th>
                <th scope="col">{t("losers")}</th>
                <th scope="col">
                  {t("monthly")}: {t("actual")}
                </th>
                <th scope="col">
                  {t("monthly")}: {t("reform")}
                </th>
              </tr>
            </thead>
            <tbody>
              {run.byDistrict.map((d) => (
                <tr key={d.districtCode} className="border-t border-slate-200">
                  <th scope="row">{districtName.get(d.districtCode) ?? d.districtCode}</th>
                  <td>{d.families}</td>
                  <td>{d.winners}</td>
                  <td>{d.losers}</td>
                  <td>{money(d.actualMonthlyQepik)}</td>
                  <td>{money(d.reformMonthlyQepik)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={csvHref} className="font-semibold text-brand-700 underline" download>
              {t("csv")}
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
