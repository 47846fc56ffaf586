import { getTranslations, setRequestLocale } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Link } from "@/i18n/navigation";
import { pageTitle } from "@/i18n/page-title";
import { serverApi } from "@/server/api/server-caller";

export const generateMetadata = pageTitle("setPassword");

/**
 * Opened from the e-mailed set/reset link. The link's state is read first: a used, replaced or expired link says so
 * at once, with the way to a new one; a working one names the account. The token is claimed when the new password
 * is sent.
 */
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
  const link =
    token.length >= 20 && token.length <= 100
      ? await (await serverApi()).auth.passwordLink({ token })
      : ({ state: "MISSING" } as const);
  const te = await getTranslations("errors");
  const problem = {
    MISSING: t("missingToken"),
    INVALID: te("passwordLinkInvalid"),
    EXPIRED: te("passwordLinkExpired"),
  } as const;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("setTitle")}</h1>
      {link.state === "VALID" ? (
        <>
          <p data-testid="password-account">{t("forAccount", { email: link.email })}</p>
          <p>{t("setLead")}</p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert" data-testid="password-link-problem">
          {problem[link.state]}{" "}
          <Link href="/staff/sign-in/forgot" className="text-brand-700 underline">
            {t("forgotLink")}
          </Link>
        </p>
      )}
    </div>
  );
}
