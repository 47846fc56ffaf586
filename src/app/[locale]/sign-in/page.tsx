import { getTranslations, setRequestLocale } from "next-intl/server";
import { CitizenSignInForm } from "@/components/auth/citizen-sign-in-form";

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <CitizenSignInForm />
    </div>
  );
}
