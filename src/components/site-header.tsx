import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const ts = await getTranslations("staffSecurity");
  const user = await currentUser();
  return (
    <header className="bg-brand-700 text-white print:hidden">
      <div className="mx-auto flex w-full max-w-3xl group-has-[[data-wide]]/body:max-w-[90rem] flex-wrap items-center justify-between gap-2 px-4 py-3">
        {/* No prefetch: every home page is in a section with the tRPC provider (tRPC, React Query, superjson), and
            a phone filling in the wizard over a slow network must not download it for a page it did not ask for. */}
        <Link href={user ? homePathFor(user.role) : "/"} prefetch={false} className="font-semibold tracking-wide">
          {t("appName")}
          <span className="sr-only"> — {t("ministry")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {user && (
            <span data-testid="signed-in-as">
              {t("signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
            </span>
          )}
          {user && user.role !== "CITIZEN" && (
            <Link href="/staff/two-factor" prefetch={false} className="underline">
              {ts("totpTitle")}
            </Link>
          )}
          {user && <SignOutButton label={t("signOut")} />}
          <LanguageSwitcher label={t("language")} />
        </div>
      </div>
    </header>
  );
}
