"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { StaffDateField } from "@/components/form/staff-date-field";
import { bakuDate } from "@/kernel/calendar-date";
import { useLocaleFormat } from "@/components/use-locale-format";
import { TextArea, buttonPrimary, fieldId } from "@/components/wizard/fields";
import { incomeLabelKey } from "@/lib/changes/change-report";
import { manatText } from "@/lib/i18n/manat-text";
import { STAFF_OFFICE_NOTE_MAX } from "@/lib/staff/office-note";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { ChangeReportAnswer } from "./change-report-answer";
import { ChangeReportForm } from "./change-report-form";

/**
 * The case's changes during the period, for the district's caseworkers and supervisors (issue 14): each report
 * (in time or late, its status, whether it was told at the office), the form to record a change the family reports
 * at the office, the answer to one the engine sent to review, and the form to record a false-information finding
 * (ground 9).
 */
export function StaffChangesPanel({ applicationId }: { applicationId: string }) {
  const t = useTranslations("changes");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reportsOptions = trpc.changes.caseReports.queryOptions({ applicationId });
  const reports = useQuery({ ...reportsOptions, retry: false });
  const findingsOptions = trpc.changes.findings.queryOptions({ applicationId });
  const findings = useQuery({ ...findingsOptions, retry: false });
  const format = useLocaleFormat();
  const day = format.day;
  const azn = (q: number) => manatText(q, format.number);
  const [what, setWhat] = useState("");
  const [evidence, setEvidence] = useState("");
  const [foundOn, setFoundOn] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(false);
  // The finding's day is a recent one: its hint's example is today's (the panel is drawn once its data has come).
  const [today] = useState(() => bakuDate(new Date()));
  const reportAtOffice = useMutation(trpc.changes.reportAtOffice.mutationOptions());
  const record = useMutation(
    trpc.changes.recordFalseInformation.mutationOptions({
      onSuccess: (r) => {
        setDone(r.barEndsOn);
        void queryClient.invalidateQueries({ queryKey: findingsOptions.queryKey });
      },
      onError: (e) => setError(errorKeyOf(e)),
    }),
  );
  if (reports.isError || findings.isError || !reports.data) return null;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    record.mutate({ applicationId, what, evidence, foundOn });
  }

  return (
    <section
      aria-labelledby="changes-staff-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="staff-changes"
    >
      <h2 id="changes-staff-title" className="text-xl font-semibold">
        {t("staff.title")}
      </h2>
      {reports.data.reports.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {reports.data.reports.map((r) => (
            <li key={r.id} data-testid="staff-change-report">
              {t(`staff.kinds.${r.kind}`)}
              {r.income && ` (${t(incomeLabelKey(r.income))})`}:{" "}
              {[r.member, r.address, r.monthlyQepik !== null && t("perMonth", { amount: azn(r.monthlyQepik) })]
                .filter(Boolean)
                .map((part) => `${part}, `)
                .join("")}
              {t("staff.dates", { changedOn: day(r.changedOn), reportedOn: day(r.reportedOn) })} (
              {r.reportedInTime ? t("staff.inTime") : t("staff.late")}) — {t(`status.${r.status}`)}
              {/* The outcome, and the decision itself in the case file's decisions above. */}
              {r.result && r.result.effectiveFrom && (
                <span className="block font-medium" data-testid="staff-change-outcome">
                  {r.result.outcome === "ASSIGN" && r.result.amountQepik !== null
                    ? t("newAmount", { amount: azn(r.result.amountQepik), date: day(r.result.effectiveFrom) })
                    : t("ends", { date: day(r.result.effectiveFrom) })}{" "}
                  <a href={`#decision-${r.result.id}`} className="text-brand-700 underline">
                    {t("staff.toDecision")}
                  </a>
                </span>
              )}
              {r.byStaff && <span className="block text-sm">{t("staff.atOffice", { note: r.staffNote ?? "" })}</span>}
            </li>
          ))}
        </ul>
      )}
      {recorded && (
        <p role="status" className="font-medium text-green-800" data-testid="staff-change-recorded">
          {t("staff.office.sent")}
        </p>
      )}
      {reports.data.canReport && (
        <div className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" data-testid="staff-change-office">
          <h3 className="font-semibold">{t("staff.office.title")}</h3>
          <p>{t("staff.office.what")}</p>
          <ChangeReportForm
            members={reports.data.members}
            note={{ label: t("staff.office.note"), hint: t("staff.office.noteHint"), maxLength: STAFF_OFFICE_NOTE_MAX }}
            send={({ note, ...change }) => {
              setRecorded(false);
              return reportAtOffice.mutateAsync({ applicationId, ...change, note: note ?? "" });
            }}
            onSent={() => {
              setRecorded(true);
              void queryClient.invalidateQueries({ queryKey: reportsOptions.queryKey });
            }}
            submitLabel={t("staff.office.submit")}
            voice="staff"
            testId="staff-change-form"
          />
        </div>
      )}
      {reports.data.reports
        // A report that went to review keeps its file on the page once answered, with its status.
        .filter((r) => r.status === "IN_REVIEW" || r.proposal !== null)
        .map((r) => (
          <ChangeReportAnswer
            key={r.id}
            reportId={r.id}
            onAnswered={() => void queryClient.invalidateQueries({ queryKey: reportsOptions.queryKey })}
          />
        ))}
      {findings.data && findings.data.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("staff.finding.list")}</h3>
          <ul className="list-disc pl-6">
            {findings.data.map((f) => (
              <li key={f.id}>
                {f.what} — {t("staff.finding.bar", { foundOn: day(f.foundOn), barEndsOn: day(f.barEndsOn) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h3 className="font-semibold">{t("staff.finding.title")}</h3>
        <TextArea
          path="finding.what"
          label={t("staff.finding.what")}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
          maxLength={2000}
        />
        <TextArea
          path="finding.evidence"
          label={t("staff.finding.evidence")}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          maxLength={2000}
        />
        <StaffDateField
          id={fieldId("finding.foundOn")}
          label={t("staff.finding.foundOn")}
          today={today}
          value={foundOn}
          onValueChange={setFoundOn}
        />
        {error && (
          <p role="alert" className="font-medium text-red-700">
            {te(error)}
          </p>
        )}
        {done && <p role="status">{t("staff.finding.done", { date: day(done) })}</p>}
        <button type="submit" disabled={record.isPending} className={buttonPrimary}>
          {t("staff.finding.submit")}
        </button>
      </form>
    </section>
  );
}
