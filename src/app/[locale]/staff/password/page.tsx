import { getTranslations, setRequestLocale } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Link } from "@/i18n/navigation";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("setPassword");

/** Opened from the e-mailed set/reset link; the token is checked when the new password is sent. */
export default async function SetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffPassword");
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("setTitle")}</h1>
      {token.length >= 20 ? (
        <>
          <p>{t("setLead")}</p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert">
          {t("missingToken")}{" "}
          <Link href="/staff/sign-in/forgot" className="text-brand-700 underline">
            {t("forgotLink")}
          </Link>
        </p>
      )}
    </div>
  );
}
