import { getTranslations } from "next-intl/server";

/**
 * What a page shows under the header while it waits on its data. Each data-heavy segment's `loading.tsx` uses it;
 * none sits at the locale root: a loading boundary there would start every response streaming, and an unknown
 * address would then answer 200 instead of 404.
 */
export async function LoadingLine() {
  const t = await getTranslations("recovery");
  return (
    <p role="status" aria-live="polite" className="animate-pulse text-slate-600" data-testid="loading">
      {t("loading")}
    </p>
  );
}
