"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { TextArea } from "@/components/form/labelled-field";

export const NOTE_MAX_LENGTH = 4000;

/** A note on the case for the district's staff; the page reads the notes again once it is saved. */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("wsCaseFile");
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [added, setAdded] = useState(false);
  const { summary, summaryRef, fail, send, err } = useFormErrors();
  const add = useMutation(trpc.application.addNote.mutationOptions());

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setAdded(false);
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > NOTE_MAX_LENGTH)
      return fail("errors.invalidInput", { note: trimmed.length === 0 ? "errors.required" : "errors.textTooLong" });
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
      <FormAlert summary={summary} summaryRef={summaryRef} />
      <TextArea
        id="note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        label={t("noteLabel")}
        hint={t("noteHint")}
        error={err("note")}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={add.isPending}
          className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {add.isPending ? t("adding") : t("addNote")}
        </button>
        <p role="status" className="text-green-800">
          {added ? t("noteAdded") : ""}
        </p>
      </div>
    </form>
  );
}
