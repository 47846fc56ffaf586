import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { PaymentMonths } from "@/components/assistance-year/payment-months";
import { RejectedMonthActions } from "@/components/assistance-year/rejected-month-actions";
import { StaffResumePayments } from "@/components/assistance-year/staff-resume-payments";
import { StaffChangesPanel } from "@/components/changes/staff-changes-panel";
import { CaseFileView } from "@/components/workspace/case-file-view";
import { OfficeAppealForm } from "@/components/workspace/office-appeal-form";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { applicationVisible } from "@/server/auth/visible-to-current-user";
import { showsPayments } from "@/kernel/application-statuses";

export const generateMetadata = pageTitleUnlessHidden("caseFile", ({ id }: { locale: string; id: string }) =>
  applicationVisible(["CASEWORKER", "SUPERVISOR", "ADMIN"], id),
);

/** The case file of any application of the district (audited); another district's reads as not found. */
export default async function StaffApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["CASEWORKER", "SUPERVISOR", "ADMIN"]);
  const t = await getTranslations("wsCaseFile");
  const file = await (await serverApi()).workspace.caseFile({ applicationId: id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const lang = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  // The assistance year's months (issue 14), read through their own audited procedure, when the family's page shows
  // them too: also once a later decision ended the assignment, as the months paid or owed before it stay to be read
  // and acted on.
  const year = showsPayments(file.application)
    ? await (await serverApi()).assistanceYear.months({ applicationId: id })
    : null;
  const ty = await getTranslations("assistanceYear");
  const payments =
    year && (year.assignment || year.months.length > 0) ? (
      <div className="space-y-2" data-testid="staff-payments">
        {year.stop && <p className="font-semibold text-red-800">{ty("stop.title")}</p>}
        <PaymentMonths view={year} />
        {/* Only district staff can act; an administrator reads the case file. */}
        {user.role !== "ADMIN" && <RejectedMonthActions view={year} />}
        <StaffResumePayments view={year} canAct={user.role !== "ADMIN"} />
      </div>
    ) : undefined;
  return (
    <div className="space-y-4">
      <Link href="/staff" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { number: file.application.registrationNumber ?? "—" })}</h1>
      <p className="text-lg">{file.application.applicantName}</p>
      <CaseFileView
        file={file}
        locale={lang}
        payments={payments}
        // Changes during the period and ground 9 (issue 14): district staff's work, whose procedures an administrator
        // may not call. Listed in the case file's contents, after the decisions.
        changes={user.role !== "ADMIN" ? <StaffChangesPanel applicationId={id} /> : undefined}
        // District staff record an appeal the family brings to the office; an administrator reads the case file.
        appealForm={
          user.role !== "ADMIN" ? (
            <OfficeAppealForm applicationId={id} appealable={file.appealable} familyLocale={file.application.locale} />
          ) : undefined
        }
      />
    </div>
  );
}
