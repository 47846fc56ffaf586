import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("forgotPassword");

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffPassword");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p>{t("forgotLead")}</p>
      <ForgotPasswordForm />
    </div>
  );
}
