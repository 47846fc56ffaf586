"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type RefObject } from "react";
import { useRouter } from "@/i18n/navigation";
import { errorKeysOf } from "@/lib/trpc/field-error-keys";

// A form's errors as catalog keys: one summary that takes focus and is announced (WCAG 3.3.1), and an error per
// field for the labelled fields beside it. The staff and inspector forms share it.

/**
 * Thrown from a form's `send` when the server accepted the call but did nothing with it (someone else acted
 * first): the summary shows `key`, and the page's data is not read again, since reading it would take the form
 * away along with the message.
 */
export class NothingRecorded extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/**
 * `fieldOrder`: the form's field ids in page order, for a form whose summary names and links each field
 * (FieldErrorSummary): a refusal then puts the cursor on the first refused field, as the confirm form does; a
 * refusal about no field (or a form without the order) moves it to the summary. `controlId` gives a field's control
 * id where it is not the field's own: a form that stands more than once on a page (a change report's answer) keeps
 * its ids apart.
 */
export function useFormErrors(options: { fieldOrder?: readonly string[]; controlId?: (field: string) => string } = {}) {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // A send on its way: a second submit before the button shows as disabled (a double click, Enter pressed twice)
  // went out in the same batch and came back "nothing changed", which then stood in place of the first one's answer.
  const inFlight = useRef(false);
  // The page's server data being read again after a success: a form that says "added" waits for it, so its
  // message never stands beside the old data (a note "added" beside "No notes yet.").
  const [refreshing, startRefresh] = useTransition();
  /** Shows the summary and the fields' errors, and moves focus to the summary. */
  function fail(summaryKey: string, fields: Record<string, string>) {
    setErrors(fields);
    setSummary(summaryKey);
    const first = options.fieldOrder?.find((id) => fields[id]);
    const control = first && (options.controlId?.(first) ?? first);
    requestAnimationFrame(() => (control ? document.getElementById(control) : summaryRef.current)?.focus());
  }
  return {
    summary,
    summaryRef,
    fail,
    /** Whether the page's server data, read again after the last success, is still on its way. */
    refreshing,
    /**
     * Sends what the form checked; on success the page's server data is read again, on a refusal the server's
     * error keys are shown (fields named under `fieldPrefix` in the request, e.g. "result.").
     */
    async send(run: () => Promise<unknown>, fieldPrefix = "") {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        await run();
        // What an earlier try was refused for no longer stands beside the success.
        setErrors({});
        setSummary(null);
        startRefresh(() => router.refresh());
      } catch (error) {
        if (error instanceof NothingRecorded) return fail(error.key, {});
        const keys = errorKeysOf(error, fieldPrefix);
        fail(keys.summary, keys.fields);
      } finally {
        inFlight.current = false;
      }
    },
    /** The field's error in the page's language, if it has one. */
    err: (id: string) => (errors[id] ? t(errors[id]) : undefined),
    /**
     * The summary's own line beside a FieldErrorSummary's list, as a catalog key: "Some of the information is not
     * valid" says nothing the list of refused fields does not, so it stands only when no field is named; a refusal
     * of the form as a whole (answered meanwhile, a server refusal) always does.
     */
    generalSummary: (fieldErrors: Readonly<Record<string, string | undefined>>) =>
      summary && !(summary === "errors.invalidInput" && Object.values(fieldErrors).some(Boolean)) ? summary : null,
  };
}

/** The summary: always in the page (a live region must exist before it speaks), visible once there is an error. */
export function FormAlert({
  summary,
  summaryRef,
  id,
  testId,
}: {
  summary: string | null;
  summaryRef: RefObject<HTMLDivElement | null>;
  id?: string;
  testId?: string;
}) {
  const t = useTranslations();
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      id={id}
      role="alert"
      data-testid={testId}
      className={summary ? "rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800" : "sr-only"}
    >
      {summary ? t(summary) : ""}
    </div>
  );
}
