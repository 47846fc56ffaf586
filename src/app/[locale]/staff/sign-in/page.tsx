import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";

export default async function StaffSignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffSignIn");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <StaffSignInForm />
    </div>
  );
}
