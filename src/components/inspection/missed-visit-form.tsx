"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { TextArea } from "@/components/form/labelled-field";
import { buttonClass } from "./touch-fields";

/** Nobody at home: the visit is closed as missed, with what the inspector found at the door. */
export function MissedVisitForm({ onRecord }: { onRecord: (note: string) => void }) {
  const t = useTranslations();
  const f = useTranslations("inspectionForm");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  // Each refused press, so the cursor goes back to the note however often it is pressed empty.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) document.getElementById("missedNote")?.focus();
  }, [refusals]);

  function refuse(key: string) {
    setError(key);
    setRefusals((n) => n + 1);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (note.trim() === "") return refuse("errors.required");
    if (note.trim().length > 2000) return refuse("errors.textTooLong");
    onRecord(note.trim());
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4">
      <h2 className="text-lg font-semibold">{f("missedTitle")}</h2>
      <TextArea
        id="missedNote"
        touch
        announce
        rows={2}
        label={f("missedNote")}
        error={error ? t(error) : undefined}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className={`${buttonClass} w-full border border-amber-700 text-amber-900`}>
        {f("missedSubmit")}
      </button>
    </form>
  );
}
