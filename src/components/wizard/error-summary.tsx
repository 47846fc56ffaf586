"use client";

import type { Ref } from "react";
import { fieldId } from "./fields";

/**
 * The errors of a step, announced and focused, each linking to its field and naming it ("Family member 2, FIN:
 * Enter a valid FIN"), so two alike messages say which field each is about (WCAG 3.3.1, GOV.UK pattern).
 */
export function ErrorSummary({
  ref,
  errors,
  title,
  translate,
  labelOf,
}: {
  ref: Ref<HTMLDivElement>;
  errors: Record<string, string>;
  title: string;
  translate: (key: string) => string;
  /** The field's label by its path; null when the error is about no one field. */
  labelOf: (path: string) => string | null;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4"
      data-testid="error-summary"
    >
      <h3 id="error-summary-title" className="font-semibold text-red-800">
        {title}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {Object.entries(errors).map(([path, key]) => {
          const label = labelOf(path);
          return (
            <li key={path}>
              <a href={`#${fieldId(path)}`} className="text-red-800 underline">
                {label ? `${label}: ${translate(key)}` : translate(key)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
