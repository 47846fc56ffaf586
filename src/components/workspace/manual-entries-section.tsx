import { getFormatter, getTranslations } from "next-intl/server";
import type { ApplicationCaseFile } from "./case-file-view";
import { codeLabel } from "./code-label";
import { ManualAgencyEntryForm, type MissingAnswer } from "./manual-agency-entry-form";
import { ManualEntryDecisionForm } from "./manual-entry-decision";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

/**
 * Facts entered by hand for agencies that could not answer: each entry with its reason, who entered it, what it
 * does to the outcome and whether a second supervisor confirmed it (the confirm form for one who may), then the
 * form to enter more while an answer is missing.
 */
export async function ManualEntriesSection({
  file,
  person,
}: {
  file: ApplicationCaseFile;
  person: (fin: string | null) => string;
}) {
  const t = await getTranslations("wsManualEntry");
  const c = await getTranslations("codes");
  const format = await getFormatter();
  const when = (d: Date | null) =>
    d
      ? format.dateTime(d, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }))
      : "—";
  const waiting = new Set(
    file.manualEntries.filter((e) => e.status === "PENDING").map((e) => `${e.agency} ${e.memberFin ?? ""}`),
  );
  const missing: MissingAnswer[] = file.agencies
    .filter((g) => g.answer === "UNAVAILABLE" && !waiting.has(`${g.agency} ${g.memberFin ?? ""}`))
    .map((g) => ({
      agency: g.agency,
      memberFin: g.memberFin,
      label: `${codeLabel(c, "agencies", g.agency)} — ${person(g.memberFin)}`,
    }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {file.manualEntries.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {file.manualEntries.map((e) => (
            <li
              key={e.id}
              data-testid="manual-entry"
              data-status={e.status}
              className={`space-y-1 rounded border-l-4 p-3 ${e.status === "PENDING" ? "border-amber-500 bg-amber-50" : e.status === "REJECTED" ? "border-slate-400 bg-slate-50" : "border-brand-700 bg-white"}`}
            >
              <h3 className="font-semibold">
                {codeLabel(c, "agencies", e.agency)} — {person(e.memberFin)} · {t(`status.${e.status}`)}
              </h3>
              <p>{t("enteredBy", { name: e.enteredBy, at: when(e.enteredAt) })}</p>
              <p>
                <span className="font-medium">{t("reason")}:</span> {e.reason}
              </p>
              <p>
                {e.outcomeWith === e.outcomeWithout
                  ? t("sameOutcome", { outcome: c(`outcomes.${e.outcomeWith}`) })
                  : t("changesOutcome", {
                      without: c(`outcomes.${e.outcomeWithout}`),
                      with: c(`outcomes.${e.outcomeWith}`),
                    })}
              </p>
              {e.decidedBy && (
                <p>
                  {t(e.status === "REJECTED" ? "rejectedBy" : "confirmedBy", {
                    name: e.decidedBy,
                    at: when(e.decidedAt),
                  })}
                  {e.decisionReason ? ` — ${e.decisionReason}` : ""}
                </p>
              )}
              <details className="text-sm">
                <summary className="cursor-pointer text-brand-700 underline">{t("showFacts")}</summary>
                <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs">{e.facts}</pre>
              </details>
              {e.canDecide && <ManualEntryDecisionForm entryId={e.id} />}
            </li>
          ))}
        </ul>
      )}
      {file.viewer.canEnterData && missing.length > 0 && (
        // A new form once the missing answers change (one was entered), so it never shows another agency's facts.
        <ManualAgencyEntryForm
          key={missing.map((m) => `${m.agency} ${m.memberFin ?? ""}`).join(",")}
          applicationId={file.application.id}
          missing={missing}
          templates={file.entryTemplates}
        />
      )}
    </div>
  );
}
