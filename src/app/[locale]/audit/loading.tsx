import { getTranslations } from "next-intl/server";

// Shown under the header while this page waits on its data. Kept per data-heavy segment, not at the locale
// root: a loading boundary there would start every response streaming, and an unknown address would then
// answer 200 instead of 404.
export default async function LocaleLoading() {
  const t = await getTranslations("recovery");
  return (
    <p role="status" aria-live="polite" className="animate-pulse text-slate-600" data-testid="loading">
      {t("loading")}
    </p>
  );
}
