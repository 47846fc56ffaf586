import type { inferRouterOutputs } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import type { AppRouter } from "@/server/api/root";
import { manatText } from "@/lib/i18n/manat-text";

export type AppealData = inferRouterOutputs<AppRouter>["review"]["appeal"];
type DecisionData = AppealData["appealed"];

/** A decision as the supervisor weighs it: outcome, the engine's figures and every reason. */
async function DecisionFigures({
  decision,
  locale,
  id,
}: {
  decision: DecisionData;
  locale: "az" | "ru" | "en";
  id: string;
}) {
  const t = await getTranslations("caseFile");
  const tq = await getTranslations("appealQueue");
  const ta = await getTranslations("appealAnswer");
  const format = await getFormatter();
  const formatDay = await getDayFormat();
  const azn = (q: number | null) => (q === null ? "—" : manatText(q, (v, o) => format.number(v, o)));
  const date = (iso: string | null) => (iso ? formatDay(iso) : "—");
  return (
    <div className="space-y-2" data-testid={id}>
      <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{ta("outcome")}</dt>
        <dd data-testid={`${id}-outcome`}>{tq(`outcome.${decision.outcome}`)}</dd>
        <dt className="font-medium">{t("memberCount")}</dt>
        <dd>{decision.memberCount ?? "—"}</dd>
        <dt className="font-medium">{t("criterion")}</dt>
        <dd>{azn(decision.criterionQepik)}</dd>
        <dt className="font-medium">{t("income")}</dt>
        <dd>{azn(decision.incomeQepik)}</dd>
        <dt className="font-medium">{t("amount")}</dt>
        <dd data-testid={`${id}-amount`}>{azn(decision.amountQepik)}</dd>
        {decision.effectiveFrom ? (
          // A decision during the period: the months it is in force, from its effective day.
          <>
            <dt className="font-medium">{t("periodInForce")}</dt>
            <dd data-testid={`${id}-in-force`}>
              {decision.periodTo
                ? `${date(decision.effectiveFrom)} – ${date(decision.periodTo)}`
                : t("inForceFrom", { date: date(decision.effectiveFrom) })}
            </dd>
          </>
        ) : (
          <>
            <dt className="font-medium">{t("period")}</dt>
            <dd>{decision.periodFrom ? `${date(decision.periodFrom)} – ${date(decision.periodTo)}` : "—"}</dd>
          </>
        )}
      </dl>
      <h3 className="font-semibold">{t("reasons")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {decision.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{r.message[locale]}</li>
        ))}
      </ul>
    </div>
  );
}

/** The appeal as its supervisor reads it: the family's reason, the appealed decision and, once given, the answer. */
export async function AppealFile({ data, locale }: { data: AppealData; locale: "az" | "ru" | "en" }) {
  const t = await getTranslations("appealAnswer");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <section aria-labelledby="appeal-reason" className="space-y-2">
        <h2 id="appeal-reason" className="text-xl font-semibold">
          {t("familyReason")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("filed", { date: format.dateTime(data.appeal.submittedAt, { dateStyle: "long" }) })}
        </p>
        {data.appeal.atOffice && (
          <p className="text-sm text-slate-700" data-testid="appeal-at-office">
            {t("atOffice", { name: data.appeal.atOffice.by, note: data.appeal.atOffice.note })}
          </p>
        )}
        <blockquote className="border-l-4 border-slate-300 pl-3">{data.appeal.reason}</blockquote>
      </section>
      <section aria-labelledby="appealed-decision" className="space-y-2">
        <h2 id="appealed-decision" className="text-xl font-semibold">
          {t("appealedDecision", { date: format.dateTime(data.appealed.decidedAt, { dateStyle: "long" }) })}
        </h2>
        <DecisionFigures decision={data.appealed} locale={locale} id="appealed" />
      </section>
      {data.answer && data.appeal.answerKind && (
        <section aria-labelledby="appeal-answered" className="space-y-2">
          <h2 id="appeal-answered" className="text-xl font-semibold">
            {t(`answered.${data.appeal.answerKind}`)}
          </h2>
          <DecisionFigures decision={data.answer} locale={locale} id="answer" />
        </section>
      )}
    </div>
  );
}
