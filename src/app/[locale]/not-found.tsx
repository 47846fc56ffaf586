import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { linkClass, RecoveryPanel } from "@/components/recovery/recovery-panel";

// Rendered inside the locale layout (site header, language switcher) for `notFound()` anywhere under a locale
// and, through the catch-all `[...rest]` page, for every unknown address under a locale.
export default async function LocaleNotFound() {
  const t = await getTranslations("recovery");
  return (
    <RecoveryPanel title={t("notFoundTitle")} text={t("notFoundText")} testId="not-found">
      <Link href="/" className={linkClass}>
        {t("home")}
      </Link>
    </RecoveryPanel>
  );
}
