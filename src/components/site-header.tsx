import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const ts = await getTranslations("staffSecurity");
  const user = await currentUser();
  return (
    <header className="bg-brand-700 text-white print:hidden">
      <div className="mx-auto flex w-full max-w-3xl group-has-[[data-wide]]/body:max-w-[90rem] flex-wrap items-center justify-between gap-2 px-4 py-3">
        {/* Plain links, rendered here: `next/link` and next-intl's navigation would be in every page's first load
            (the citizen wizard's on a phone included) for two links, and a prefetch would bring the home page's
            section (tRPC, React Query) along. */}
        <a href={`/${locale}${user ? homePathFor(user.role) : ""}`} className="font-semibold tracking-wide">
          {t("appName")}
          <span className="sr-only"> — {t("ministry")}</span>
        </a>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {user && (
            <span data-testid="signed-in-as">
              {t("signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
            </span>
          )}
          {user && user.role !== "CITIZEN" && (
            <a href={`/${locale}/staff/two-factor`} className="underline">
              {ts("totpTitle")}
            </a>
          )}
          {user && <SignOutButton label={t("signOut")} locale={locale} />}
          <LanguageSwitcher label={t("language")} current={locale} />
        </div>
      </div>
    </header>
  );
}
