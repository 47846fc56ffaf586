import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { Link } from "@/i18n/navigation";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("staffSignIn");

export default async function StaffSignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffSignIn");
  const tp = await getTranslations("staffPassword");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <StaffSignInForm />
      <p>
        <Link href="/staff/sign-in/forgot" className="text-brand-700 underline">
          {tp("forgotLink")}
        </Link>
      </p>
    </div>
  );
}
