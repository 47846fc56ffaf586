import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealAnswerForm } from "@/components/review/appeal-answer-form";
import { AppealFile } from "@/components/review/appeal-file";
import { HandoverForm } from "@/components/review/handover-form";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { appealVisible } from "@/server/auth/visible-to-current-user";

export const generateMetadata = pageTitleUnlessHidden("appeal", ({ appealId }: { locale: string; appealId: string }) =>
  appealVisible(["SUPERVISOR"], appealId),
);

const LOCALES = ["az", "ru", "en"] as const;

/**
 * An appeal assigned to this supervisor: what the family says, the appealed decision, and the answer form. An
 * appeal assigned to someone else, or not there, reads as not found.
 */
export default async function AppealPage({ params }: { params: Promise<{ locale: string; appealId: string }> }) {
  const { locale, appealId } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["SUPERVISOR"]);
  const t = await getTranslations("appealAnswer");
  const data = await (await serverApi()).review.appeal({ appealId }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const lang = LOCALES.find((l) => l === locale) ?? "az";
  return (
    <div className="space-y-6">
      <Link href="/staff" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { number: data.application.registrationNumber ?? "—" })}</h1>
      <p>
        {data.application.applicantName} ·{" "}
        <Link href={`/staff/applications/${data.application.id}`} className="text-brand-700 underline">
          {t("caseLink")}
        </Link>
      </p>
      <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-3" data-testid="appeal-status">
        {t(`status.${data.appeal.status}`)}
      </p>
      <AppealFile data={data} locale={lang} />
      {data.viewer.canAnswer && (
        <AppealAnswerForm appealId={data.appeal.id} appealed={data.appealed} familyLocale={data.appeal.locale} />
      )}
      {data.appeal.status === "OPEN" && !data.viewer.canAnswer && <p>{t("cannotAnswer")}</p>}
      {data.appeal.status === "OPEN" && (
        <HandoverForm subject={{ kind: "appeal", appealId: data.appeal.id }} people={data.handoverTo} />
      )}
    </div>
  );
}
