"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { SelectField, TextArea } from "@/components/form/labelled-field";
import { businessErrorOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import {
  MANUAL_ENTRY_FACTS_MAX,
  MANUAL_ENTRY_REASON_MAX,
  ZManualAgencyEntry,
} from "@/lib/workspace/manual-agency-entry";
import type { AgencyCode } from "@/kernel/agency-services";

export interface MissingAnswer {
  agency: AgencyCode;
  memberFin: string | null;
  label: string;
}

type Templates = Partial<Record<AgencyCode, { body: string; rowExamples: string }>>;

/**
 * The facts an agency that could not answer would have given, entered by hand with a reason: the agency's reply
 * without the person and period, started from the agency's contract. The server weighs the case with and without
 * them; the page is read again afterwards.
 */
export function ManualAgencyEntryForm({
  applicationId,
  missing,
  templates,
}: {
  applicationId: string;
  missing: MissingAnswer[];
  templates: Templates;
}) {
  const t = useTranslations("wsManualEntry");
  const trpc = useTRPC();
  const enter = useMutation(trpc.workspace.enterAgencyData.mutationOptions());
  const [target, setTarget] = useState(0);
  const chosen = missing[target] ?? missing[0];
  const [facts, setFacts] = useState(chosen ? (templates[chosen.agency]?.body ?? "{}") : "{}");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<"APPLIED" | "PENDING" | null>(null);
  const { summary, summaryRef, fail, err, send } = useFormErrors();
  const [mismatch, setMismatch] = useState<string | null>(null);
  // The controls' ids carry the form's own: a plain "reason" would clash with a second such form or another form's
  // field on the case file, and its label and error message would point at the wrong control. Errors stay keyed by
  // the field's name (what the schema and the server call it).
  const formId = useId();
  const controlId = (field: string) => `manual-entry-${field}-${formId}`;
  if (!chosen) return null;
  const { agency, memberFin } = chosen;
  const examples = templates[agency]?.rowExamples ?? "";

  function choose(index: number) {
    setTarget(index);
    const next = missing[index];
    if (next) setFacts(templates[next.agency]?.body ?? "{}");
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    setMismatch(null);
    const input = { applicationId, agency, memberFin: memberFin ?? "", facts, reason };
    const checked = ZManualAgencyEntry.safeParse(input);
    if (!checked.success) {
      const fields: Record<string, string> = {};
      for (const issue of checked.error.issues) fields[String(issue.path[0])] ??= issue.message;
      return fail("errors.invalidInput", fields);
    }
    await send(async () => {
      try {
        const result = await enter.mutateAsync(input);
        setDone(result.status);
        setReason("");
      } catch (error) {
        const business = businessErrorOf(error);
        if (business?.code === "agencyDataInvalid") setMismatch(String(business.details.path ?? ""));
        throw error;
      }
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby={controlId("title")}
      data-testid="manual-entry-form"
    >
      <h3 id={controlId("title")} className="font-semibold">
        {t("formTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("formLead")}</p>
      <FormAlert summary={summary} summaryRef={summaryRef} />
      <SelectField
        id={controlId("target")}
        label={t("target")}
        value={String(target)}
        onChange={(e) => choose(Number(e.target.value))}
      >
        {missing.map((m, n) => (
          <option key={`${m.agency}-${m.memberFin ?? ""}`} value={n}>
            {m.label}
          </option>
        ))}
      </SelectField>
      <TextArea
        id={controlId("facts")}
        rows={10}
        maxLength={MANUAL_ENTRY_FACTS_MAX}
        label={t("facts")}
        hint={t("factsHint")}
        error={mismatch !== null ? t("errors.factsMismatch", { path: mismatch || "—" }) : err("facts")}
        value={facts}
        onChange={(e) => setFacts(e.target.value)}
        spellCheck={false}
      />
      {examples && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">{t("rowExamples")}</summary>
          <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs">{examples}</pre>
        </details>
      )}
      <TextArea
        id={controlId("reason")}
        rows={3}
        maxLength={MANUAL_ENTRY_REASON_MAX}
        label={t("reason")}
        hint={t("reasonHint")}
        error={err("reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={enter.isPending}
          className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {enter.isPending ? t("saving") : t("submit")}
        </button>
        <p role="status" className="text-green-800" data-testid="manual-entry-status">
          {done === "APPLIED" ? t("applied") : done === "PENDING" ? t("pending") : ""}
        </p>
      </div>
    </form>
  );
}
