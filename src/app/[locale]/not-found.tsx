import { getLocale, getTranslations } from "next-intl/server";
import { linkClass, RecoveryPanel } from "@/components/recovery/recovery-panel";

// Rendered inside the locale layout (site header, language switcher) for `notFound()` anywhere under a locale
// and, through the catch-all `[...rest]` page, for every unknown address under a locale.
export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations("recovery");
  return (
    <RecoveryPanel title={t("notFoundTitle")} text={t("notFoundText")} testId="not-found">
      {/* A plain link: the locale layout has no next-intl client provider (each section has its own). */}
      <a href={`/${locale}`} className={linkClass}>
        {t("home")}
      </a>
    </RecoveryPanel>
  );
}
