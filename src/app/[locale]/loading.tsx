import { getTranslations } from "next-intl/server";

// Shown under the header while a page of the locale waits on its data (staff lists, the application page).
export default async function LocaleLoading() {
  const t = await getTranslations("recovery");
  return (
    <p role="status" aria-live="polite" className="animate-pulse text-slate-600" data-testid="loading">
      {t("loading")}
    </p>
  );
}
