import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarWarning } from "@/components/admin/calendar-warning";
import { ApplicationList } from "@/components/application-list";
import { bakuDate } from "@/kernel/calendar-date";
import { ApplicationSearchForm } from "@/components/application-search-form";
import { ChangeReportQueue } from "@/components/changes/change-report-queue";
import { Link } from "@/i18n/navigation";
import { AppealList } from "@/components/review/appeal-list";
import { AttentionList } from "@/components/review/attention-list";
import { ReviewQueue } from "@/components/review/review-queue";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { ZApplicationSearch } from "@/server/api/routers/application";
import { CaseloadCountsPanel } from "@/components/workspace/caseload-counts";
import { CaseloadTable } from "@/components/workspace/caseload-table";
import { FocusOnArrival } from "@/components/workspace/focus-on-arrival";
import { PendingAgencyData } from "@/components/workspace/pending-agency-data";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("staffHome");

type Search = { q?: string | string[]; status?: string | string[]; before?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function StaffHomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const t = await getTranslations("staff");
  const tq = await getTranslations("reviewQueue");
  const ta = await getTranslations("auditLog");
  const tr = await getTranslations("reports");
  const api = await serverApi();
  const raw = await searchParams;
  const asked = { query: first(raw.q), status: first(raw.status), before: first(raw.before) };
  const search = ZApplicationSearch.safeParse(asked);
  // A refused search shows its reason beside the field; anything not in the catalogs reads as invalid input.
  const errorOf = (field: "query" | "status") => {
    const message = search.error?.issues.find((i) => i.path[0] === field)?.message;
    return message === undefined ? null : message.startsWith("errors.") ? message : "errors.invalidInput";
  };
  const searching = Boolean(asked.query || asked.status);
  const kept = { ...(asked.query ? { q: asked.query } : {}), ...(asked.status ? { status: asked.status } : {}) };
  const tw = await getTranslations("workspace");
  const [
    { cases: caseload, problems: attention },
    reviews,
    page,
    regions,
    appeals,
    holidays,
    changeReports,
    pendingData,
  ] = await Promise.all([
    // One read for the whole of *Needs attention*, as its own page reads it: the caseload's flagged cases and
    // what the chain cannot settle (stopped payments, rejected months, card accounts, …).
    api.workspace.attention(),
    api.review.queue(),
    search.success ? api.application.list(search.data) : Promise.resolve(null),
    api.reference.districts(),
    user.role === "SUPERVISOR" ? api.review.appeals() : Promise.resolve(null),
    api.reference.holidays(),
    api.changes.inReview(),
    user.role === "SUPERVISOR" ? api.workspace.pendingAgencyData() : Promise.resolve(null),
  ]);
  const district = regions.flatMap((r) => r.districts).find((d) => d.code === user.districtCode);
  const districtName =
    district && (locale === "ru" ? district.nameRu : locale === "en" ? district.nameEn : district.nameAz);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{districtName ? t("title", { district: districtName }) : t("titleAll")}</h1>
      <CalendarWarning
        holidayDates={holidays.map((h) => h.date.toISOString().slice(0, 10))}
        today={bakuDate(new Date())}
      />
      {user.role === "SUPERVISOR" && (
        <p>
          <Link href="/audit" className="font-semibold text-brand-700 underline">
            {ta("link")}
          </Link>
        </p>
      )}
      {user.role === "SUPERVISOR" && (
        <p>
          <Link href="/reports" className="font-semibold text-brand-700 underline">
            {tr("link")}
          </Link>
        </p>
      )}
      <CaseloadCountsPanel counts={caseload.counts} />
      {pendingData && <PendingAgencyData rows={pendingData} />}
      {/* One *Needs attention* section with its two parts titled apart (as on /staff/attention): what the chain
          cannot settle, then the flagged cases. Two blocks both titled "Needs attention" listed different cases. */}
      <section aria-labelledby="caseload-attention" className="space-y-4">
        <h2 id="caseload-attention" className="text-xl font-semibold">
          {tw("queue.title")}
        </h2>
        {attention.length > 0 && <AttentionList rows={attention} level={3} />}
        <section aria-labelledby="caseload-cases" className="space-y-2">
          <h3 id="caseload-cases" className="text-lg font-semibold">
            {tw("queue.casesTitle", { count: caseload.rows.length })}
          </h3>
          {caseload.rows.length === 0 ? (
            <p role="status">{tw("queue.empty")}</p>
          ) : (
            <CaseloadTable
              rows={caseload.rows.slice(0, 10)}
              caption={tw("queue.caption", { count: caseload.rows.length })}
            />
          )}
          {caseload.rows.length > 10 && (
            <p>
              <Link href="/staff/attention" className="font-semibold text-brand-700 underline">
                {tw("nav.attention")} ({caseload.rows.length})
              </Link>
            </p>
          )}
        </section>
      </section>
      {appeals && <AppealList rows={appeals} />}
      <ReviewQueue rows={reviews} />
      <ChangeReportQueue rows={changeReports} />
      <section aria-labelledby="district-applications" className="space-y-3">
        <h2 id="district-applications" className="text-xl font-semibold">
          {searching ? t("results") : tq("applications")}
        </h2>
        <ApplicationSearchForm
          query={asked.query ?? ""}
          status={asked.status ?? ""}
          errors={{ query: errorOf("query"), status: errorOf("status") }}
        />
        {/* What a search found is said and counted where the cursor lands after it (the page reloads). */}
        {page && searching && (
          <>
            <h3 id="search-results" tabIndex={-1} className="text-lg font-semibold" data-testid="search-results">
              {t(page.next ? "resultsCountMore" : "resultsCount", { count: page.rows.length })}
            </h3>
            <FocusOnArrival key={asked.before ?? ""} id="search-results" />
          </>
        )}
        {page &&
          (page.rows.length === 0 ? (
            <p role="status">{searching ? t("noResults") : t("empty")}</p>
          ) : (
            <ApplicationList rows={page.rows} hrefBase="/staff/applications" showApplicant />
          ))}
        <p className="flex flex-wrap gap-4">
          {asked.before && (
            <Link href={{ pathname: "/staff", query: kept }} className="underline">
              {t("newest")}
            </Link>
          )}
          {page?.next && (
            <Link href={{ pathname: "/staff", query: { ...kept, before: page.next } }} className="underline">
              {t("older")}
            </Link>
          )}
        </p>
      </section>
    </div>
  );
}
