"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FieldErrorSummary } from "@/components/form/field-error-summary";
import { useFormErrors } from "@/components/form/form-errors";
import { TextArea } from "@/components/form/labelled-field";
import { STAFF_OFFICE_NOTE_MAX, ZStaffOfficeNote } from "@/lib/staff/office-note";
import { useTRPC } from "@/lib/trpc/react";
import { buttonPrimary } from "@/components/wizard/fields";
import { APPEAL_REASON_MIN } from "@/lib/wizard/appeal";

/** The appeal's longest reason, as the family's page allows it. */
const APPEAL_REASON_MAX = 4000;
const LANGUAGES = ["az", "ru", "en"] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * The case file's form for an appeal the family brings to the office in writing (docs/staff-workspace.md): district
 * staff record it in the family's words with a note of how it came; it then goes to a supervisor like an appeal
 * from the family's page. Staff say which language the letter is written in (the application's to start with): the
 * supervisor answers in it and the answer is sent in it, as for an appeal filed from the family's page in the page's
 * language. The form shows only while the latest decision may be appealed; once recorded, the page's data is read
 * again (the appeal joins the table above) and this says so in its place.
 */
export function OfficeAppealForm({
  applicationId,
  appealable,
  familyLocale,
}: {
  applicationId: string;
  appealable: boolean;
  /** The application's language: the appeal's unless staff choose another. */
  familyLocale: Language;
}) {
  const t = useTranslations("wsCaseFile.officeAppeal");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const id = useId();
  const reasonId = `${id}-reason`;
  const noteId = `${id}-note`;
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [language, setLanguage] = useState<Language>(familyLocale);
  const [done, setDone] = useState(false);
  const record = useMutation(trpc.workspace.recordAppealAtOffice.mutationOptions());
  const controls: Record<string, string> = { reason: reasonId, note: noteId };
  const { summaryRef, fail, send, err, generalSummary } = useFormErrors({
    fieldOrder: ["reason", "note"],
    controlId: (field) => controls[field] ?? field,
  });
  const fieldErrors = { [reasonId]: err("reason"), [noteId]: err("note") };
  const general = generalSummary(fieldErrors);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (reason.trim().length < APPEAL_REASON_MIN) fields.reason = "errors.appealReasonTooShort";
    const parsedNote = ZStaffOfficeNote.safeParse(note);
    if (!parsedNote.success) fields.note = parsedNote.error.issues[0]?.message ?? "errors.required";
    if (Object.keys(fields).length > 0) return fail("errors.invalidInput", fields);
    await send(async () => {
      await record.mutateAsync({ applicationId, reason, note: parsedNote.data ?? note, locale: language });
      setDone(true);
    });
  }

  if (done)
    return (
      <p role="status" className="font-medium text-green-800" data-testid="office-appeal-done">
        {t("done")}
      </p>
    );
  if (!appealable) return null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-h`}
      className="mt-3 space-y-3 rounded-lg border border-slate-300 p-3"
      data-testid="office-appeal"
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {t("title")}
      </h3>
      <p>{t("lead")}</p>
      <FieldErrorSummary
        fields={[
          { id: reasonId, label: t("reason") },
          { id: noteId, label: t("note") },
        ]}
        errors={fieldErrors}
        general={general ? tAll(general) : null}
        testId="office-appeal-errors"
        summaryRef={summaryRef}
      />
      <TextArea
        id={reasonId}
        label={t("reason")}
        hint={t("reasonHint")}
        rows={5}
        maxLength={APPEAL_REASON_MAX}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={err("reason")}
      />
      <fieldset className="space-y-1" aria-describedby={`${id}-language-hint`}>
        <legend className="font-medium">{t("language")}</legend>
        <p id={`${id}-language-hint`} className="text-sm text-slate-700">
          {t("languageHint")}
        </p>
        <div className="flex flex-wrap gap-x-6">
          {LANGUAGES.map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`${id}-language`}
                value={l}
                className="size-5"
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              {t("languageName", { language: l })}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        id={noteId}
        label={t("note")}
        hint={t("noteHint")}
        maxLength={STAFF_OFFICE_NOTE_MAX}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={err("note")}
      />
      <button type="submit" className={buttonPrimary} disabled={record.isPending}>
        {t("submit")}
      </button>
    </form>
  );
}
