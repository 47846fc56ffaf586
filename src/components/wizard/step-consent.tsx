"use client";

import { useWizardText } from "./wizard-texts";
import { describedBy, FieldError } from "@/components/form/labelled-field";
import { fieldId } from "./fields";
import type { StepProps } from "./step-props";

const ROWS = ["identity", "work", "social", "health", "assets", "costs", "loans", "status"] as const;

/**
 * What is fetched, from whom and why, before the person agrees. The short lead and the checkbox come first, so on
 * a phone the agreement is in view without scrolling past the whole list; the list itself (one card per row,
 * readable at 200 % zoom) opens in a box that scrolls on its own.
 */
export function StepConsent({ form, update, errorOf }: StepProps) {
  const t = useWizardText("wizard.consent");
  const error = errorOf("consent.agreed");
  const id = fieldId("consent.agreed");
  return (
    <div className="space-y-4">
      <p>{t("lead")}</p>
      <details className="rounded-lg border border-slate-300 bg-slate-50" data-testid="consent-details">
        <summary className="min-h-11 cursor-pointer p-3 font-semibold text-brand-700 underline">{t("details")}</summary>
        <ul tabIndex={0} aria-label={t("details")} className="max-h-[50vh] space-y-3 overflow-y-auto p-3">
          {ROWS.map((row) => (
            <li key={row} className="rounded-lg border border-slate-300 bg-white p-4">
              <dl className="grid gap-1 sm:grid-cols-[8rem_1fr]">
                <dt className="font-semibold">{t("what")}</dt>
                <dd>{t(`rows.${row}.what`)}</dd>
                <dt className="font-semibold">{t("from")}</dt>
                <dd>{t(`rows.${row}.from`)}</dd>
                <dt className="font-semibold">{t("why")}</dt>
                <dd>{t(`rows.${row}.why`)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </details>
      <div className="space-y-1">
        <label htmlFor={id} className="flex items-start gap-3 rounded-lg border border-slate-400 bg-white p-4">
          <input
            id={id}
            type="checkbox"
            checked={form.consent}
            onChange={(e) => update({ ...form, consent: e.target.checked })}
            {...describedBy(id, { error })}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span>{t("agree")}</span>
        </label>
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}
