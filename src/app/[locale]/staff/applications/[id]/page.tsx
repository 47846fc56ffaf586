import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { CaseFileView } from "@/components/workspace/case-file-view";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";

/** The case file of any application of the district (audited); another district's reads as not found. */
export default async function StaffApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR", "ADMIN"]);
  const t = await getTranslations("wsCaseFile");
  const file = await (await serverApi()).workspace.caseFile({ applicationId: id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const lang = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  return (
    <div className="space-y-4">
      <Link href="/staff" className="inline-block py-2 text-brand-700 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("title", { number: file.application.registrationNumber ?? "—" })}</h1>
      <p className="text-lg">{file.application.applicantName}</p>
      {/* payments: the monthly payments section goes in CaseFileView's `payments` slot. */}
      <CaseFileView file={file} locale={lang} />
    </div>
  );
}
