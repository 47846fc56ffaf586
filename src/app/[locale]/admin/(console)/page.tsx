import { nameIn } from "@/kernel/localized-name";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { AdminActionButton } from "@/components/admin/admin-action-button";
import { AdminStatusProvider } from "@/components/admin/admin-status";
import { CalendarWarning } from "@/components/admin/calendar-warning";
import { ParameterProposalForm } from "@/components/admin/parameter-proposal-form";
import { districtOptions } from "@/components/admin/district-options";
import { parameterWords } from "@/components/admin/parameter-words";
import { Link } from "@/i18n/navigation";
import { bakuDate } from "@/kernel/calendar-date";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";
import { TableScroll } from "@/components/table-scroll";

export const generateMetadata = pageTitle("admin");

// Up to this many districts lacking staff are listed open; more are folded under their count.
const UNFOLDED_UNDERSTAFFED = 5;
// The tables' cells apart from each other ("In force fromValue" ran together, a value touched its act).
const TABLE = "w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2";

export default async function AdminHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("adminConsole");
  const ta = await getTranslations("auditLog");
  const th = await getTranslations("systemHealth");
  const tw = await getTranslations("whatIf");
  const tr = await getTranslations("reports");
  const thol = await getTranslations("adminHolidays");
  const ts = await getTranslations("adminStaff");
  const c = await getTranslations("codes");
  const format = await getFormatter();
  const api = await serverApi();
  const [parameters, holidays, proposals, staff, understaffed, regions] = await Promise.all([
    api.reference.parameters(),
    api.reference.holidays(),
    api.administration.parameterProposals(),
    api.administration.listStaff(),
    api.administration.understaffedDistricts(),
    api.reference.districts(),
  ]);
  // Districts by their name in the reader's language (the code is what the data keeps).
  const districtNames = new Map(districtOptions(regions, locale).map((d) => [d.code, d.name]));
  const district = (code: string | null) => (code ? (districtNames.get(code) ?? code) : "—");
  const formatDay = await getDayFormat();
  // Law dates are stored as a day at midnight UTC.
  const day = (d: Date | string) => formatDay(typeof d === "string" ? d : d.toISOString().slice(0, 10), "medium");
  const { name: label, value: shown, law } = parameterWords(t, c, format);
  const units = new Map(parameters.map((p) => [p.code, p.unit]));
  const proposable = [...units].map(([code, unit]) => ({ code, unit, label: label(code) }));
  const today = bakuDate(new Date());
  // A confirmed value from a later day is listed with the ones in force, marked as not yet in force.
  const inForceFrom = (validFrom: Date) => {
    const iso = validFrom.toISOString().slice(0, 10);
    return iso > today ? t("notYetInForce", { date: day(validFrom) }) : day(validFrom);
  };

  return (
    <AdminStatusProvider>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
        <p>
          <Link href="/audit" className="text-lg font-semibold text-brand-700 underline">
            {ta("link")}
          </Link>
        </p>
        <p>
          <Link href="/admin/health" className="text-lg font-semibold text-brand-700 underline">
            {th("link")}
          </Link>
        </p>
        <p>
          <Link href="/admin/what-if" className="text-lg font-semibold text-brand-700 underline">
            {tw("link")}
          </Link>
        </p>
        <p>
          <Link href="/reports" className="text-lg font-semibold text-brand-700 underline">
            {tr("link")}
          </Link>
        </p>
        <p>
          <Link href="/admin/holidays" className="text-lg font-semibold text-brand-700 underline">
            {thol("link")}
          </Link>
        </p>
        <p>
          <Link href="/admin/staff/new" className="text-lg font-semibold text-brand-700 underline">
            {ts("newLink")}
          </Link>
        </p>

        <CalendarWarning holidayDates={holidays.map((h) => h.date.toISOString().slice(0, 10))} today={today} />
        {understaffed.length > 0 && (
          <section className="rounded border border-red-400 bg-red-50 p-3" data-testid="understaffed">
            {/* A new deployment lacks staff nearly everywhere: a long list stays folded under its count. */}
            <details open={understaffed.length <= UNFOLDED_UNDERSTAFFED}>
              <summary className="cursor-pointer font-semibold">
                <h2 className="inline">{t("understaffed", { count: understaffed.length })}</h2>
              </summary>
              <ul className="mt-2 list-disc pl-6">
                {understaffed
                  .map((d) => ({ name: district(d.districtCode), missing: d.missing }))
                  .sort((a, b) => a.name.localeCompare(b.name, locale))
                  .map((d) => (
                    <li key={d.name}>
                      {d.name}: {d.missing.map((r) => t(`roles.${r}`)).join(", ")}
                    </li>
                  ))}
              </ul>
            </details>
          </section>
        )}

        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("pending")}</h2>
          {proposals.length === 0 ? (
            <p>{t("noPending")}</p>
          ) : (
            <ul className="space-y-2" data-testid="pending-proposals">
              {proposals.map((p) => {
                const said = { name: label(p.code), value: shown(p.unit, p.value, p.code), from: day(p.validFrom) };
                return (
                  <li key={p.id} className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-2">
                    <span>
                      {t("proposal", {
                        name: label(p.code),
                        value: shown(p.unit, p.value, p.code),
                        from: day(p.validFrom),
                        law: law(p.legalReference),
                      })}
                    </span>
                    {/* Four eyes: the proposer may only take their own back; another administrator confirms or rejects. */}
                    {p.proposedByMe ? (
                      <>
                        <em>{t("awaitingSecond")}</em>
                        <AdminActionButton
                          action={{ kind: "withdrawParameter", proposalId: p.id }}
                          label={t("withdraw")}
                          ask={t("confirmStep.withdraw")}
                          done={t("doneStatus.withdrawn", said)}
                          testId="withdraw-proposal"
                        />
                      </>
                    ) : (
                      <>
                        <AdminActionButton
                          action={{ kind: "confirmParameter", proposalId: p.id }}
                          label={t("confirm")}
                          ask={t("confirmStep.confirm", said)}
                          done={t("doneStatus.confirmed", said)}
                          testId="confirm-proposal"
                        />
                        <AdminActionButton
                          action={{ kind: "rejectParameter", proposalId: p.id }}
                          label={t("reject")}
                          ask={t("confirmStep.reject")}
                          done={t("doneStatus.rejected", said)}
                          testId="reject-proposal"
                        />
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <h3 className="font-semibold">{t("proposeTitle")}</h3>
          <ParameterProposalForm parameters={proposable} />
        </section>

        <TableScroll label={t("parameters")}>
          <table className={TABLE} data-testid="parameters">
            <caption className="text-left text-xl font-semibold">{t("parameters")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("parameter")}</th>
                <th scope="col">{t("validFrom")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((p) => (
                <tr key={p.id} className="border-t border-slate-200">
                  <td>{label(p.code)}</td>
                  <td>{inForceFrom(p.validFrom)}</td>
                  <td>{shown(p.unit, p.value, p.code)}</td>
                  <td>{law(p.legalReference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        <TableScroll label={t("staff")}>
          <table className={TABLE} data-testid="staff">
            <caption className="text-left text-xl font-semibold">{t("staff")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("district")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id} className="border-t border-slate-200">
                  <td>
                    <Link href={`/admin/staff/${s.id}`} className="text-brand-700 underline">
                      {s.name}
                    </Link>
                  </td>
                  <td>{s.email}</td>
                  <td>{t(`roles.${s.role}`)}</td>
                  <td>{district(s.districtCode)}</td>
                  <td className="flex items-center gap-2">
                    {s.active ? t("active") : t("inactive")}
                    {s.id !== me.id && (
                      <AdminActionButton
                        action={{ kind: "setStaffActive", userId: s.id, active: !s.active }}
                        label={s.active ? t("deactivate") : t("reactivate")}
                        ask={t(s.active ? "confirmStep.deactivate" : "confirmStep.reactivate", { name: s.name })}
                        done={t(s.active ? "doneStatus.deactivated" : "doneStatus.reactivated", { name: s.name })}
                        testId={`toggle-${s.email}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        <TableScroll label={t("holidays")}>
          <table className={TABLE} data-testid="holidays">
            <caption className="text-left text-xl font-semibold">{t("holidays")}</caption>
            <thead>
              <tr>
                <th scope="col">{thol("date")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{thol("kind")}</th>
              </tr>
            </thead>
            <tbody>
              {/* Its kind on every row: a rest day made a working day is listed among the days off. */}
              {holidays.map((h) => (
                <tr key={h.date.toISOString()} className="border-t border-slate-200">
                  <td>{day(h.date)}</td>
                  <td>{nameIn(locale, h)}</td>
                  <td>
                    {thol(`kinds.${h.kind}`)}
                    {h.provisional ? `, ${t("provisional")}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </AdminStatusProvider>
  );
}
