import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { ZAuditLogFilter } from "@/server/api/routers/audit";
import { AuditFilterForm, FILTER_FIELDS, type FilterField } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { pageTitle } from "@/i18n/page-title";
import { districtOptions } from "@/components/admin/district-options";
import { searchDayParam, searchErrorKeys } from "@/lib/i18n/day-range";
import { actionCodeOf, actionOptions } from "@/lib/audit/action-code";
import type { AppLocale } from "@/i18n/routing";
import az from "@/messages/workspace/az.json";
import ru from "@/messages/workspace/ru.json";
import en from "@/messages/workspace/en.json";

export const generateMetadata = pageTitle("audit");

// The actions' words as plain text, for matching what was typed: the translator reads precompiled catalogs
// (next.config.mjs) and offers no `t.raw`. A text without placeholders, as every action's is, stays a string when
// precompiled; anything else is left out rather than matched as something it is not.
const plainTexts = (labels: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === "string"));
const AUDIT_ACTION_LABELS: Record<AppLocale, Record<string, string>> = {
  az: plainTexts(az.codes.auditActions),
  ru: plainTexts(ru.codes.auditActions),
  en: plainTexts(en.codes.auditActions),
};

type Search = Partial<Record<FilterField | "before", string | string[]>>;

/**
 * The audit log for the ministry's administrators (all of it) and supervisors (their district). A plain GET form:
 * the search is in the address, so it can be bookmarked or sent to a colleague, and works without JavaScript.
 */
export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["ADMIN", "SUPERVISOR"]);
  const t = await getTranslations("auditLog");
  const te = await getTranslations();
  const search = await searchParams;
  const given = Object.fromEntries(
    [...FILTER_FIELDS, "before" as const].flatMap((k) => {
      const v = search[k];
      const text = (Array.isArray(v) ? v[0] : v)?.trim();
      return text ? [[k, text]] : [];
    }),
  );
  const asked = Object.fromEntries(
    Object.entries(given).map(([k, v]) => [k, k === "from" || k === "to" ? (searchDayParam(v) ?? v) : v]),
  );
  // The table names actions in words: the same words typed in the search find them (the form keeps the words).
  const actionLabels = AUDIT_ACTION_LABELS[locale as AppLocale] ?? AUDIT_ACTION_LABELS.az;
  const filter = ZAuditLogFilter.safeParse(
    asked.action ? { ...asked, action: actionCodeOf(asked.action, actionLabels) } : asked,
  );
  const errors = Object.fromEntries(
    Object.entries(searchErrorKeys(filter.error?.issues ?? [], FILTER_FIELDS)).map(([f, key]) => [f, te(key)]),
  );
  const api = await serverApi();
  const [page, regions, parameters] = filter.success
    ? await Promise.all([api.audit.list(filter.data), api.reference.districts(), api.reference.parameters()])
    : [null, [], []];
  const parameterUnits = new Map(parameters.map((p) => [p.code, p.unit]));
  const districtNames = new Map(districtOptions(regions, locale).map((d) => [d.code, d.name]));
  // The links to other pages keep the search as it was typed.
  const { before: _before, ...kept } = given;
  const olderHref = page?.next ? { pathname: "/audit", query: { ...kept, before: page.next } } : null;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{user.role === "SUPERVISOR" ? t("leadDistrict") : t("lead")}</p>
      <AuditFilterForm values={asked} errors={errors} actions={actionOptions(actionLabels)} />
      {page && <AuditTable entries={page.entries} districtNames={districtNames} parameterUnits={parameterUnits} />}
      <p className="flex flex-wrap gap-4">
        {given.before && (
          <Link href={{ pathname: "/audit", query: kept }} className="underline">
            {t("newest")}
          </Link>
        )}
        {olderHref && (
          <Link href={olderHref} className="underline" data-testid="older">
            {t("older")}
          </Link>
        )}
      </p>
    </div>
  );
}
