import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnlockAccount } from "@/components/security/unlock-account";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("unlock");

export default async function StaffUnlockPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffSecurity");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("unlockTitle")}</h1>
      <UnlockAccount />
    </div>
  );
}
