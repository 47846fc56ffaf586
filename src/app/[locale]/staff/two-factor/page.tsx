import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { currentUser, staffAwaitingTotpEnrolment, staffHasConfirmedTotp } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { RecoveryCodesRegeneration } from "@/components/security/recovery-codes-regeneration";
import { SignOutButton } from "@/components/sign-out-button";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("twoFactor");

/**
 * Two-step sign-in for staff: any staff member may turn it on here; with STAFF_TOTP_REQUIRED one without it is
 * sent here after the password and can reach nothing else until it is on. Once it is on, the page makes a new set of
 * recovery codes.
 */
export default async function StaffTwoFactorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffSecurity");
  const tc = await getTranslations("common");
  const active = await currentUser();
  const awaiting = active ? null : await staffAwaitingTotpEnrolment();
  const user = active ?? awaiting;
  if (!user) return redirect({ href: "/staff/sign-in", locale });
  if (user.role === "CITIZEN") return redirect({ href: homePathFor(user.role), locale });
  const enrolled = await staffHasConfirmedTotp(user.id);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("totpTitle")}</h1>
      {awaiting && (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
          {t("totpRequiredNotice")}
        </p>
      )}
      {enrolled ? (
        <>
          <p data-testid="totp-enrolled">{t("alreadyEnrolled")}</p>
          <RecoveryCodesRegeneration />
        </>
      ) : (
        <TotpEnrolment homeHref="/staff/home" />
      )}
      {awaiting && <SignOutButton label={tc("signOut")} locale={locale} />}
    </div>
  );
}
