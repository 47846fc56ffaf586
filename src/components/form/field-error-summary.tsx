"use client";

import { useTranslations } from "next-intl";

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
}: {
  fields: readonly SummaryField[];
  /** The fields' messages, by control id, already in the page's language. */
  errors: Partial<Record<string, string>>;
  /** A refusal about the form as a whole, in the page's language. */
  general?: string | null;
  testId?: string;
}) {
  const t = useTranslations("common");
  const refused = fields.filter((f) => errors[f.id]);
  const shown = refused.length > 0 || Boolean(general);
  return (
    <div
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
