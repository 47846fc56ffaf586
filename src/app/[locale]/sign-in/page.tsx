import { getTranslations, setRequestLocale } from "next-intl/server";
import { CitizenSignInForm } from "@/components/auth/citizen-sign-in-form";
import { EgovSignIn } from "@/components/auth/egov-sign-in";
import { safeReturnPath } from "@/lib/return-path";
import { egovEnabled } from "@/server/auth/egov-provider";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("signIn");

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string | string[]; next?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  const egov = egovEnabled();
  // Auth.js comes back here with `?error=` when the identity service's answer could not be used.
  const query = await searchParams;
  const failed = query.error !== undefined;
  const home = `/${locale}${safeReturnPath(query.next) ?? "/my"}`;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {egov && <EgovSignIn failed={failed} home={home} />}
      {egov && <h2 className="pt-2 text-lg font-semibold">{t("orByCode")}</h2>}
      <p>{t("lead")}</p>
      <CitizenSignInForm home={home} />
    </div>
  );
}
