import { getTranslations, setRequestLocale } from "next-intl/server";
import { districtOptions } from "@/components/admin/district-options";
import { StaffAccountForm } from "@/components/admin/staff-account-form";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("newStaffAccount");

/** An administrator opens a staff account; the holder sets the password through the e-mailed link. */
export default async function NewStaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("adminStaff");
  return (
    <div className="space-y-6">
      <Link href="/admin" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <StaffAccountForm districts={districtOptions(await (await serverApi()).reference.districts(), locale)} />
    </div>
  );
}
