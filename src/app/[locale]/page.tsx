import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("home");

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const steps = ["step1", "step2", "step3", "step4"] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold leading-tight">{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        {/* Plain links: the home page has no next-intl client (its provider is per section). */}
        <a
          href={`/${locale}/sign-in`}
          className="rounded-lg bg-brand-600 px-5 py-3 text-center font-semibold text-white hover:bg-brand-700"
        >
          {t("citizenCta")}
        </a>
        <a
          href={`/${locale}/staff/sign-in`}
          className="rounded-lg border border-brand-600 px-5 py-3 text-center text-brand-700"
        >
          {t("staffCta")}
        </a>
      </div>
      <section aria-labelledby="how">
        <h2 id="how" className="mb-2 text-xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((s) => (
            <li key={s}>{t(s)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
