"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormErrors } from "@/components/form/form-errors";
import { FieldErrorSummary, refusedGroupClass } from "@/components/form/field-error-summary";
import { useLocaleFormat } from "@/components/use-locale-format";
import { describedBy, FieldError, TextArea } from "@/components/form/labelled-field";
import { buttonClass } from "@/components/inspection/touch-fields";
import { ZChangeReportAnswer } from "@/lib/changes/change-answer";
import { incomeLabelKey } from "@/lib/changes/change-report";
import { useTRPC } from "@/lib/trpc/react";
import type { AppRouter } from "@/server/api/root";
import { manatText } from "@/lib/i18n/manat-text";
import { codeLabel } from "@/components/workspace/code-label";
import { useFamilyLanguage } from "@/components/review/family-language";

type ReportFile = inferRouterOutputs<AppRouter>["changes"]["reportFile"];
type Change = NonNullable<ReportFile["report"]["change"]>;
const LOCALES = ["az", "ru", "en"] as const;

/**
 * A change report the engine sent to review, on the staff case page (issue 14): what changed and when it was
 * reported, the agencies' fresh data, the engine's proposal with its figures and reasons, and the answer form —
 * confirm the proposal, or (a supervisor) decide otherwise — each with a reason the family reads.
 */
export function ChangeReportAnswer({ reportId, onAnswered }: { reportId: string; onAnswered: () => void }) {
  const tAll = useTranslations();
  const t = useTranslations("changes");
  const tq = useTranslations("reviewQueue");
  const tc = useTranslations("caseFile");
  const codes = useTranslations("codes");
  const familyLanguage = useFamilyLanguage();
  const format = useLocaleFormat();
  const pageLocale = useLocale();
  const locale = LOCALES.find((l) => l === pageLocale) ?? "az";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileOptions = trpc.changes.reportFile.queryOptions({ reportId });
  const file = useQuery({ ...fileOptions, retry: false });
  const decide = useMutation(trpc.changes.decideReport.mutationOptions());
  const [outcome, setOutcome] = useState("");
  const [reason, setReason] = useState("");
  // Named and linked in the summary, in page order. The page can hold more than one report's form (and the manual
  // agency entry's "reason"), so the controls' ids carry the report's; "outcome" is the first radio button.
  const controlId = (field: string) => `${field}-${reportId}`;
  const fields = [
    { id: controlId("outcome"), label: t("staff.answer.outcome") },
    { id: controlId("reason"), label: t("staff.reason") },
  ];
  const { summaryRef, fail, send, err, generalSummary } = useFormErrors({
    fieldOrder: ["outcome", "reason"],
    controlId,
  });
  const fieldErrors = { [controlId("outcome")]: err("outcome"), [controlId("reason")]: err("reason") };
  const general = generalSummary(fieldErrors);
  if (!file.data) return null;
  const { report, proposal, viewer, application, answer } = file.data;
  const azn = (q: number | null) => (q === null ? "—" : manatText(q, (v, o) => format.number(v, o)));
  const date = (iso: string | null) => (iso ? format.day(iso) : "—");
  const nameOf = (fin: string | null) => application.members.find((m) => m.fin === fin)?.name ?? fin ?? "—";
  const answeredCount = file.data.agencies.filter((a) => a.available).length;
  // Each agency that did not answer once, with the members it was asked about (none: asked about the family).
  const unanswered = [
    ...file.data.agencies
      .filter((a) => !a.available)
      .reduce((byAgency, a) => {
        const members = byAgency.get(a.agency) ?? [];
        if (a.memberFin) members.push(a.memberFin);
        return byAgency.set(a.agency, members);
      }, new Map<string, string[]>()),
  ];
  const overrides = outcome !== "" && proposal !== null && outcome !== proposal.proposedOutcome;
  const canGoOn = (proposal?.amountQepik ?? 0) > 0;
  const family = familyLanguage(application.locale);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZChangeReportAnswer.safeParse({ reportId, outcome, reason });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
      return fail("errors.invalidInput", fields);
    }
    await send(async () => {
      await decide.mutateAsync(parsed.data);
      await queryClient.invalidateQueries({ queryKey: fileOptions.queryKey });
      onAnswered();
    });
  }

  return (
    <article
      id={`change-report-${report.id}`}
      aria-labelledby={`change-report-${report.id}-title`}
      className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="change-report-answer"
    >
      <h3 id={`change-report-${report.id}-title`} className="text-lg font-semibold">
        {report.status === "IN_REVIEW"
          ? t("staff.answer.title", { kind: t(`staff.kinds.${report.kind}`) })
          : t("staff.answer.titleDone", { kind: t(`staff.kinds.${report.kind}`) })}
      </h3>
      <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("staff.answer.what")}</dt>
        <dd data-testid="change-report-what">{report.change ? describeChange(report.change) : "—"}</dd>
        <dt className="font-medium">{t("changedOn")}</dt>
        <dd>{date(report.changedOn)}</dd>
        <dt className="font-medium">{t("staff.answer.reportedOn")}</dt>
        <dd>
          {date(report.reportedOn)} ({report.reportedInTime ? t("staff.inTime") : t("staff.late")})
        </dd>
      </dl>

      <h4 className="font-semibold">{t("staff.answer.agencies")}</h4>
      {file.data.agencies.length === 0 ? (
        <p>{t("staff.answer.noAgencies")}</p>
      ) : (
        // A family of four gets some 64 answers: the count and the agencies that did not answer (what the person
        // deciding must weigh) come first, the whole list folded under them.
        <div className="space-y-1 text-sm" data-testid="change-report-agencies">
          <p>{t("staff.answer.answeredCount", { answered: answeredCount, total: file.data.agencies.length })}</p>
          {unanswered.length > 0 && (
            <>
              <p className="font-medium">{t("staff.answer.noAnswerFrom")}</p>
              <ul className="list-disc pl-6" data-testid="change-report-unanswered">
                {unanswered.map(([agency, members]) => (
                  <li key={agency}>
                    {codeLabel(codes, "agencies", agency)}
                    {members.length > 0 ? ` · ${members.map(nameOf).join(", ")}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          <details>
            <summary className="cursor-pointer">
              {t("staff.answer.allAnswers", { total: file.data.agencies.length })}
            </summary>
            <ul className="list-disc pl-6">
              {file.data.agencies.map((a) => (
                <li key={`${a.agency}-${a.memberFin ?? ""}`}>
                  {codeLabel(codes, "agencies", a.agency)}
                  {a.memberFin ? ` · ${nameOf(a.memberFin)}` : ""}:{" "}
                  {a.available ? t("staff.answer.answered") : t("staff.answer.unavailable")}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {file.data.discrepancies.length > 0 && (
        <ul className="list-disc pl-6 text-sm">
          {file.data.discrepancies.map((d, n) => (
            <li key={n}>
              {d.memberFin ? `${nameOf(d.memberFin)} · ` : ""}
              {codeLabel(codes, "discrepancyFields", d.field)}: {tc(`discrepancyKinds.${d.kind}`)} ({d.declared ?? "—"}{" "}
              → {d.verified ?? "—"}
              {d.source ? `, ${codeLabel(codes, "agencies", d.source.replace(/^AGENCY:/, ""))}` : ""})
            </li>
          ))}
        </ul>
      )}

      {proposal && (
        <>
          <h4 className="font-semibold">{t("staff.answer.proposal")}</h4>
          <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{tc("proposedOutcome")}</dt>
            <dd data-testid="change-report-proposal">
              {proposal.proposedOutcome ? tq(`outcome.${proposal.proposedOutcome}`) : tc("noProposal")}
            </dd>
            <dt className="font-medium">{tc("memberCount")}</dt>
            <dd>{proposal.memberCount ?? "—"}</dd>
            <dt className="font-medium">{tc("criterion")}</dt>
            <dd>{azn(proposal.criterionQepik)}</dd>
            <dt className="font-medium">{tc("income")}</dt>
            <dd>{azn(proposal.incomeQepik)}</dd>
            <dt className="font-medium">{tc("amount")}</dt>
            <dd>{azn(proposal.amountQepik)}</dd>
            <dt className="font-medium">{t("staff.answer.currentAmount")}</dt>
            <dd data-testid="change-report-current-amount">
              {file.data.current?.amountQepik != null ? azn(file.data.current.amountQepik) : t("staff.answer.notPaid")}
            </dd>
            {file.data.ahead && (
              <>
                <dt className="font-medium">{t("staff.answer.aheadAmount", { date: date(file.data.ahead.from) })}</dt>
                <dd data-testid="change-report-ahead-amount">
                  {file.data.ahead.amountQepik != null ? azn(file.data.ahead.amountQepik) : t("staff.answer.notPaid")}
                </dd>
              </>
            )}
          </dl>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {proposal.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>{r.message[locale]}</li>
            ))}
          </ul>
        </>
      )}

      {viewer.canAnswer ? (
        <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
          <h4 className="font-semibold">{t("staff.decide")}</h4>
          <FieldErrorSummary
            fields={fields}
            errors={fieldErrors}
            general={general ? tAll(general) : null}
            testId="change-report-answer-errors"
            summaryRef={summaryRef}
          />
          <fieldset
            className={`space-y-2 ${err("outcome") ? refusedGroupClass : ""}`}
            {...describedBy(controlId("outcome"), { error: err("outcome") })}
          >
            <legend className="font-medium">{t("staff.answer.outcome")}</legend>
            {(["ASSIGN", "REFUSE"] as const).map((value) => (
              <label key={value} className="flex min-h-12 items-center gap-3 text-lg">
                <input
                  id={value === (canGoOn ? "ASSIGN" : "REFUSE") ? controlId("outcome") : undefined}
                  type="radio"
                  name={`outcome-${report.id}`}
                  value={value}
                  className="size-6"
                  checked={outcome === value}
                  // Going on needs an amount: at or above the threshold there is none to go on at.
                  disabled={value === "ASSIGN" && !canGoOn}
                  onChange={() => setOutcome(value)}
                />
                {value === "ASSIGN"
                  ? canGoOn
                    ? t("staff.assign", { amount: azn(proposal?.amountQepik ?? null) })
                    : t("staff.assignNoAmount")
                  : t("staff.refuse")}
                {value === proposal?.proposedOutcome ? ` (${t("staff.answer.asProposed")})` : ""}
              </label>
            ))}
            <FieldError id={controlId("outcome")} error={err("outcome")} />
          </fieldset>
          {overrides && (
            <p className="rounded-lg bg-amber-100 p-3 text-amber-900">
              {viewer.canOverride ? t("staff.answer.overrides") : t("staff.answer.overridesSupervisor")}
            </p>
          )}
          <TextArea
            id={controlId("reason")}
            touch
            rows={4}
            label={t("staff.reason")}
            hint={family.hint(t("staff.answer.reasonHint"))}
            lang={family.lang}
            error={err("reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" disabled={decide.isPending} className={`${buttonClass} bg-brand-600 text-white`}>
            {t("staff.answer.submit")}
          </button>
        </form>
      ) : (
        <>
          <p role="status">{t(`status.${report.status}`)}</p>
          {answer && (
            <>
              <h4 className="font-semibold">{t("staff.answer.answerTitle")}</h4>
              <dl
                className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1"
                data-testid="change-report-decided"
              >
                <dt className="font-medium">{t("staff.answer.answerOutcome")}</dt>
                <dd>
                  {answerText(answer)}
                  {proposal && answer.outcome === proposal.proposedOutcome ? ` (${t("staff.answer.asProposed")})` : ""}
                </dd>
                <dt className="font-medium">{t("staff.answer.decidedBy")}</dt>
                <dd>{answer.decidedBy ?? t("staff.answer.system")}</dd>
                <dt className="font-medium">{t("staff.answer.decidedAt")}</dt>
                <dd>{format.dateTime(answer.decidedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                {answer.reason !== null && (
                  <>
                    <dt className="font-medium">{t("staff.answer.answerReason")}</dt>
                    <dd lang={family.lang} className="whitespace-pre-line">
                      {answer.reason}
                    </dd>
                  </>
                )}
              </dl>
            </>
          )}
        </>
      )}
    </article>
  );

  function answerText(a: NonNullable<ReportFile["answer"]>): string {
    if (a.outcome === "ASSIGN") {
      const amount = azn(a.amountQepik);
      return a.effectiveFrom
        ? t("staff.answer.continues", { amount, date: date(a.effectiveFrom) })
        : t("staff.answer.continuesNow", { amount });
    }
    return a.effectiveFrom ? t("staff.answer.ends", { date: date(a.effectiveFrom) }) : t("staff.answer.endsNow");
  }

  function describeChange(c: Change): string {
    switch (c.kind) {
      case "INCOME_GAINED":
        return `${nameOf(c.memberFin)}: ${t(incomeLabelKey(c))}, ${azn(c.monthlyQepik)}`;
      case "INCOME_LOST":
        return `${nameOf(c.memberFin)}: ${t(incomeLabelKey(c))}`;
      case "MEMBER_JOINED":
        return `${c.lastName} ${c.firstName} (${c.fin}), ${t(`relations.${c.relation}`)}, ${date(c.birthDate)}`;
      case "MEMBER_LEFT":
        return nameOf(c.memberFin);
      case "MOVED":
        return `${c.address} (${report.movedToDistrict?.[locale] ?? c.districtCode})`;
    }
  }
}
