import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseFile } from "@/components/review/case-file";
import { HandoverForm } from "@/components/review/handover-form";
import { ReviewAnswerForm } from "@/components/review/review-answer-form";
import { ReviewConfirmForm } from "@/components/review/review-confirm-form";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { reviewVisible } from "@/server/auth/visible-to-current-user";

export const generateMetadata = pageTitleUnlessHidden("review", ({ reviewId }: { locale: string; reviewId: string }) =>
  reviewVisible(["CASEWORKER", "SUPERVISOR"], reviewId),
);

const LOCALES = ["az", "ru", "en"] as const;

/**
 * A review: the case file, then the answer form, or the confirmation form for a second supervisor. Another
 * district's review, or one that is not there, reads as not found.
 */
export default async function ReviewPage({ params }: { params: Promise<{ locale: string; reviewId: string }> }) {
  const { locale, reviewId } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const t = await getTranslations("caseFile");
  const tq = await getTranslations("reviewQueue");
  const file = await (await serverApi()).review.caseFile({ reviewId }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const r = file.review;
  const lang = LOCALES.find((l) => l === locale) ?? "az";
  return (
    <div className="space-y-6">
      <Link href="/staff" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { number: file.application.registrationNumber ?? "—" })}</h1>
      <p>
        {file.application.applicantName} · {file.application.address}
      </p>
      {/* The review shows what the proposal rested on; the agencies' own answers (a disability commission's expired
          decision, say), the messages and the history are in the case file, of the same district and staff. */}
      <p>
        <Link
          href={`/staff/applications/${file.application.id}`}
          className="font-semibold text-brand-700 underline"
          data-testid="review-case-file-link"
        >
          {t("fullCaseFile")}
        </Link>
      </p>
      <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-3" data-testid="review-status">
        {t(`reviewStatus.${r.status}`)}
        {r.answer && ` · ${t("answer", { outcome: tq(`outcome.${r.answer}`), name: r.answeredBy ?? "—" })}`}
        {r.overridesEngine && ` · ${t("overridesEngine")}`}
        {r.confirmedBy && ` · ${t("confirmedBy", { name: r.confirmedBy })}`}
      </p>
      {r.status !== "DONE" && (
        <p data-testid="review-assignee">{r.assignedTo ? t("assignedTo", { name: r.assignedTo }) : t("unassigned")}</p>
      )}
      {r.reason && <blockquote className="border-l-4 border-slate-300 pl-3">{r.reason}</blockquote>}
      {file.viewer.canAnswer && (
        <ReviewAnswerForm
          reviewId={r.id}
          proposedOutcome={file.proposal.proposedOutcome}
          familyLocale={file.application.locale}
        />
      )}
      {file.viewer.canConfirm && <ReviewConfirmForm reviewId={r.id} />}
      {r.status === "AWAITING_CONFIRMATION" && !file.viewer.canConfirm && <p>{t("waitingForConfirmation")}</p>}
      {file.handoverTo && <HandoverForm subject={{ kind: "review", reviewId: r.id }} people={file.handoverTo} />}
      <CaseFile file={file} locale={lang} />
    </div>
  );
}
