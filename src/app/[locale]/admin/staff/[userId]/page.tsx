import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { notFound } from "next/navigation";
import { AbsenceForm } from "@/components/admin/absence-form";
import { AdminActionButton } from "@/components/admin/admin-action-button";
import { districtOptions } from "@/components/admin/district-options";
import { StaffAccountForm } from "@/components/admin/staff-account-form";
import { TotpResetForm } from "@/components/security/totp-reset-form";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { bakuDate } from "@/kernel/calendar-date";

// An account that is not there (or a person who may not list accounts, whom the page sends to sign in) gets the
// not-found title, as the page renders not-found.
export const generateMetadata = pageTitleUnlessHidden(
  "staffAccount",
  async ({ userId }: { locale: string; userId: string }) => {
    try {
      return (await (await serverApi()).administration.listStaff()).some((s) => s.id === userId);
    } catch {
      return false;
    }
  },
);

/** One staff account: edit it, e-mail a new set-password link, and (inspectors) record leave or sickness. */
export default async function StaffAccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; userId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale, userId } = await params;
  setRequestLocale(locale);
  const me = await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("adminStaff");
  const format = await getFormatter();
  const formatDay = await getDayFormat();
  const api = await serverApi();
  const account = (await api.administration.listStaff()).find((s) => s.id === userId);
  if (!account) notFound();
  const { created } = await searchParams;
  const absences = account.role === "INSPECTOR" ? await api.administration.absences({ userId }) : [];
  const factor = await api.staffSecurity.totpStatus({ userId });
  const tf = await getTranslations("totpReset");
  const day = (d: string) => formatDay(d, "medium");

  return (
    <div className="space-y-6">
      <Link href="/admin" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("editTitle", { name: account.name })}</h1>
      {created === "sent" && (
        <p role="status" className="rounded border border-green-600 bg-green-50 p-3" data-testid="created">
          {t("createdLinkSent", { email: account.email ?? "" })}
        </p>
      )}
      {created === "unsent" && (
        <p role="alert" className="rounded border border-amber-500 bg-amber-50 p-3" data-testid="created">
          {t("createdNoLink")}
        </p>
      )}
      <StaffAccountForm
        userId={account.id}
        initial={{
          name: account.name,
          email: account.email ?? "",
          role: account.role === "CITIZEN" ? "CASEWORKER" : account.role,
          districtCode: account.districtCode,
          dailyInspectionCapacity: account.dailyInspectionCapacity,
        }}
        districts={districtOptions(await (await serverApi()).reference.districts(), locale)}
      />
      {account.active && account.id !== me.id && (
        <AdminActionButton
          action={{ kind: "sendPasswordLink", userId: account.id }}
          label={t("sendLink")}
          doneLabel={t("linkSent")}
          testId="send-link"
        />
      )}
      <section className="space-y-3" aria-labelledby="second-factor">
        <h2 id="second-factor" className="text-xl font-semibold">
          {tf("title")}
        </h2>
        <p data-testid="totp-status">
          {tf(`status.${factor.status}`, {
            date: factor.since ? format.dateTime(factor.since, { dateStyle: "medium", timeZone: "Asia/Baku" }) : "",
          })}
        </p>
        {/* Only a factor in use can be reset: not set up, or reset already, there is nothing to remove. */}
        {account.id === me.id ? (
          <p>{tf("notOwn")}</p>
        ) : (
          factor.status === "ENROLLED" && <TotpResetForm userId={account.id} />
        )}
      </section>
      {account.role === "INSPECTOR" && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("absences")}</h2>
          {absences.length === 0 ? (
            <p>{t("noAbsences")}</p>
          ) : (
            <ul className="list-disc pl-6" data-testid="absences">
              {absences.map((a) => (
                <li key={a.id}>
                  {t(`kinds.${a.kind}`)}: {day(a.from)} – {day(a.to)}
                </li>
              ))}
            </ul>
          )}
          <AbsenceForm userId={account.id} today={bakuDate(new Date())} />
        </section>
      )}
    </div>
  );
}
