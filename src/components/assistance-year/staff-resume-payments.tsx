"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FieldErrorSummary } from "@/components/form/field-error-summary";
import { useFormErrors } from "@/components/form/form-errors";
import { TextArea } from "@/components/form/labelled-field";
import { useLocaleFormat } from "@/components/use-locale-format";
import { STAFF_OFFICE_NOTE_MAX, ZStaffOfficeNote } from "@/lib/staff/office-note";
import { useTRPC } from "@/lib/trpc/react";
import type { AssistanceYearView } from "./assistance-year-types";
import { useMonthName } from "./payment-months";

type Outcome = { repeated: boolean; resumeFrom: string | null };

/**
 * The case file's answer to the 2-month stop (docs/payments.md, "Resuming after the 2-month stop"): district staff
 * resume a family's payments on its behalf at the office, with a note of why, under the same condition and rules as
 * the family's own button; afterwards, who resumed (staff or the family) and when.
 */
export function StaffResumePayments({ view, canAct }: { view: AssistanceYearView; canAct: boolean }) {
  const t = useTranslations("assistanceYear.staffResume");
  const tAll = useTranslations();
  const monthName = useMonthName();
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const id = useId();
  const noteId = `${id}-note`;
  const [note, setNote] = useState("");
  // The answer of this page's click: a second tab's click answers "already resumed" after the first one's.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resume = useMutation(trpc.assistanceYear.resumeForFamily.mutationOptions());
  const { summaryRef, fail, send, err, generalSummary } = useFormErrors({
    fieldOrder: ["note"],
    controlId: () => noteId,
  });
  const fieldErrors = { [noteId]: err("note") };
  const general = generalSummary(fieldErrors);
  const { stop, lastResume } = view;
  // As on the family's page: a request that lifted this stop (or the last one) stands in place of the button.
  const done = lastResume && (!stop || stop.stoppedFrom === lastResume.stoppedFrom) ? lastResume : null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZStaffOfficeNote.safeParse(note);
    if (!parsed.success)
      return fail("errors.invalidInput", { note: parsed.error.issues[0]?.message ?? "errors.required" });
    await send(async () => {
      setOutcome(await resume.mutateAsync({ applicationId: view.applicationId, note: parsed.data }));
    });
  }

  return (
    <div className="space-y-3" data-testid="staff-resume">
      {outcome && (
        <p role="status" className="font-medium text-green-800" data-testid="staff-resume-result">
          {outcome.repeated
            ? t("already")
            : outcome.resumeFrom
              ? t("resumed", { month: monthName(outcome.resumeFrom, "from") })
              : t("resumedNothing")}
        </p>
      )}
      {canAct && stop?.resumable && stop.resumeFrom && !done && !outcome && (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-labelledby={`${id}-h`}
          className="space-y-3 rounded-lg border border-red-200 p-3"
        >
          <h3 id={`${id}-h`} className="font-semibold">
            {t("heading")}
          </h3>
          <p data-testid="staff-resume-what">
            {t("what", { month: monthName(stop.resumeFrom, "from"), stoppedFrom: monthName(stop.stoppedFrom, "from") })}
          </p>
          <FieldErrorSummary
            fields={[{ id: noteId, label: t("note") }]}
            errors={fieldErrors}
            general={general ? tAll(general) : null}
            testId="staff-resume-errors"
            summaryRef={summaryRef}
          />
          <TextArea
            id={noteId}
            label={t("note")}
            hint={t("noteHint")}
            maxLength={STAFF_OFFICE_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={err("note")}
          />
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
            disabled={resume.isPending}
          >
            {t("button")}
          </button>
        </form>
      )}
      {done && (
        <p data-testid="staff-resume-done">
          {done.byStaff
            ? t("doneByStaff", {
                name: done.staff?.name ?? "—",
                date: format.dateTime(new Date(done.requestedAt), { dateStyle: "long" }),
                month: done.resumeFrom ? monthName(done.resumeFrom, "from") : "—",
                note: done.staff?.note ?? "",
              })
            : t("doneByFamily", {
                date: format.dateTime(new Date(done.requestedAt), { dateStyle: "long" }),
                month: done.resumeFrom ? monthName(done.resumeFrom, "from") : "—",
              })}
        </p>
      )}
    </div>
  );
}
