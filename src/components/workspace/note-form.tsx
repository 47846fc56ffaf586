"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { FieldErrorSummary } from "@/components/form/field-error-summary";
import { useFormErrors } from "@/components/form/form-errors";
import { TextArea } from "@/components/form/labelled-field";

export const NOTE_MAX_LENGTH = 4000;

/**
 * A note on the case for the district's staff. The notes beside it are the server-rendered case file's: once the
 * note is saved, useFormErrors' send reads the page's server data again (router.refresh, in a transition), and
 * "Note added." shows once the list holding the new note is on the page, not beside the old list. A refused note
 * is named in the summary by its field ("New note: Please fill in this field."), as the other case file forms do,
 * and the cursor goes to the field.
 */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("wsCaseFile");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [added, setAdded] = useState(false);
  const { summaryRef, fail, send, err, generalSummary, refreshing } = useFormErrors({
    // The procedure's field is `text`; its control is the note's text area.
    fieldOrder: ["text"],
    controlId: () => "note",
  });
  const fieldErrors = { note: err("text") };
  const general = generalSummary(fieldErrors);
  const add = useMutation(trpc.application.addNote.mutationOptions());
  // Saved, and the list read again: until the new note is on the page, the form says it is still adding it.
  const busy = add.isPending || refreshing;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setAdded(false);
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > NOTE_MAX_LENGTH)
      return fail("errors.invalidInput", { text: trimmed.length === 0 ? "errors.required" : "errors.textTooLong" });
    await send(async () => {
      await add.mutateAsync({ applicationId, text: trimmed });
      setText("");
      setAdded(true);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-label={t("noteLabel")}
    >
      <FieldErrorSummary
        fields={[{ id: "note", label: t("noteLabel") }]}
        errors={fieldErrors}
        general={general ? tAll(general) : null}
        testId="note-errors"
        summaryRef={summaryRef}
      />
      <TextArea
        id="note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        label={t("noteLabel")}
        hint={t("noteHint")}
        error={fieldErrors.note}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {busy ? t("adding") : t("addNote")}
        </button>
        <p role="status" className="text-green-800">
          {added && !refreshing ? t("noteAdded") : ""}
        </p>
      </div>
    </form>
  );
}
