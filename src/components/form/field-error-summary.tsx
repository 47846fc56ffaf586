"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";

/** The frame of a group of choices (radio buttons) the summary names as refused. */
export const refusedGroupClass = "rounded-lg border-2 border-red-700 p-3";

/** A field of the form, by its control's id, with the label the summary names it by. */
export interface SummaryField {
  id: string;
  label: string;
}

/**
 * Every problem of a form at once (WCAG 3.3.1), as the citizen forms show them: each names its field by label
 * ("Date of the legal act: Fill in this field.") and links to it; a problem about no one field stands alone. Always
 * in the page (a live region must exist before it speaks), visible once there is a problem.
 */
export function FieldErrorSummary({
  fields,
  errors,
  general,
  testId,
  summaryRef,
}: {
  fields: readonly SummaryField[];
  /** The fields' messages, by control id, already in the page's language. */
  errors: Partial<Record<string, string>>;
  /** A refusal about the form as a whole, in the page's language. */
  general?: string | null;
  testId?: string;
  /** Given, the summary can take the cursor: a refusal about no one field moves it here (focusRefusal). */
  summaryRef?: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("common");
  const refused = fields.filter((f) => errors[f.id]);
  const shown = refused.length > 0 || Boolean(general);
  return (
    <div
      ref={summaryRef}
      tabIndex={summaryRef ? -1 : undefined}
      role="alert"
      data-testid={testId}
      className={shown ? "rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-800" : "sr-only"}
    >
      {shown && (
        <>
          {refused.length > 0 && <p className="font-semibold">{t("errorSummary")}</p>}
          {refused.length > 0 && (
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {refused.map((f) => (
                <li key={f.id}>
                  <a href={`#${f.id}`} className="underline">
                    {f.label}: {errors[f.id]}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {general && <p className="font-medium">{general}</p>}
        </>
      )}
    </div>
  );
}

/** Moves the cursor to the first refused field, in the form's order, once the refusal is on the page. */
export function focusFirstRefused(fields: readonly SummaryField[], errors: Partial<Record<string, string>>) {
  const first = fields.find((f) => errors[f.id]);
  if (first) requestAnimationFrame(() => document.getElementById(first.id)?.focus());
}

/**
 * As focusFirstRefused, and a refusal about no one field (someone acted meanwhile, the server refused) moves the
 * cursor to the summary, as the other forms' messages do: otherwise it stayed on the button, and a screen reader
 * user heard the alert once, with no way back to it.
 */
export function focusRefusal(
  fields: readonly SummaryField[],
  errors: Partial<Record<string, string>>,
  summaryRef: RefObject<HTMLDivElement | null>,
) {
  const first = fields.find((f) => errors[f.id]);
  requestAnimationFrame(() => (first ? document.getElementById(first.id) : summaryRef.current)?.focus());
}
