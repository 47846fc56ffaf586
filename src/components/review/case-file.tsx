import type { inferRouterOutputs } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { visitNoteText } from "@/components/inspection/visit-note-text";
import type { AppRouter } from "@/server/api/root";
import { codeLabel } from "@/components/workspace/code-label";
import { manatText } from "@/lib/i18n/manat-text";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

export type CaseFileData = inferRouterOutputs<AppRouter>["review"]["caseFile"];

const th = "border-b border-slate-300 p-2 text-left font-medium";
const td = "border-b border-slate-200 p-2 align-top";

/** What the engine's proposal rested on, in the order a reviewer checks it. */
export async function CaseFile({ file, locale }: { file: CaseFileData; locale: "az" | "ru" | "en" }) {
  const t = await getTranslations("caseFile");
  // Labels of the visit's values and of the outcomes are the inspector's and the queue's own.
  const fi = await getTranslations("inspectionForm");
  const tv = await getTranslations("visits");
  const tq = await getTranslations("reviewQueue");
  // Codes of the engine and of the agencies' answers, in words (the workspace's `codes` catalog).
  const c = await getTranslations("codes");
  // A reported income a register holds reads as on the staff's case file (wsCaseFile).
  const ws = await getTranslations("wsCaseFile");
  const format = await getFormatter();
  const formatDay = await getDayFormat();
  const azn = (q: number | null) => (q === null ? "—" : manatText(q, (v, o) => format.number(v, o)));
  const date = (iso: string | null) => (iso ? formatDay(iso) : "—");
  const nameOf = (fin: string | null) =>
    file.application.members.find((m) => m.fin === fin)?.name ?? fin ?? t("family");
  const p = file.proposal;
  const inspection = file.inspection;
  const result = inspection?.result;

  return (
    <div className="space-y-6">
      <section aria-labelledby="cf-proposal" className="space-y-2">
        <h2 id="cf-proposal" className="text-xl font-semibold">
          {t("proposal")}
        </h2>
        <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("proposedOutcome")}</dt>
          <dd data-testid="proposed-outcome">
            {p.proposedOutcome ? tq(`outcome.${p.proposedOutcome}`) : t("noProposal")}
          </dd>
          <dt className="font-medium">{t("memberCount")}</dt>
          <dd>{p.memberCount ?? "—"}</dd>
          <dt className="font-medium">{t("criterion")}</dt>
          <dd>{azn(p.criterionQepik)}</dd>
          <dt className="font-medium">{t("income")}</dt>
          <dd>{azn(p.incomeQepik)}</dd>
          <dt className="font-medium">{t("amount")}</dt>
          <dd>{azn(p.amountQepik)}</dd>
          <dt className="font-medium">{t("period")}</dt>
          <dd>{p.periodFrom ? `${date(p.periodFrom)} – ${date(p.periodTo)}` : "—"}</dd>
        </dl>
        <h3 className="font-semibold">{t("reasons")}</h3>
        <ul className="list-disc space-y-1 pl-6">
          {p.reasons.map((r, i) => (
            <li key={`${r.code}-${i}`}>{r.message[locale]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cf-family" className="space-y-2">
        <h2 id="cf-family" className="text-xl font-semibold">
          {t("family")}
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th className={th}>{t("name")}</th>
              <th className={th}>{t("fin")}</th>
              <th className={th}>{t("birthDate")}</th>
              <th className={th}>{t("relation")}</th>
            </tr>
          </thead>
          <tbody>
            {file.application.members.map((m) => (
              <tr key={m.fin}>
                <td className={td}>{m.name}</td>
                <td className={td}>{m.fin}</td>
                <td className={td}>{date(m.birthDate)}</td>
                <td className={td}>{tv(`relation.${m.relation}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {file.application.declaredIncomes.length > 0 && (
          <>
            <h3 className="font-semibold">{t("declaredIncomes")}</h3>
            <ul className="list-disc pl-6">
              {file.application.declaredIncomes.map((i, n) => (
                <li key={n}>
                  {nameOf(i.memberFin)}:{" "}
                  {i.registered === true
                    ? ws("declaredRegistered", { type: codeLabel(c, "incomeTypes", i.type) })
                    : codeLabel(c, "incomeTypes", i.type)}{" "}
                  — {azn(i.monthlyQepik)} {t("perMonth")}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="cf-discrepancies" className="space-y-2">
        <h2 id="cf-discrepancies" className="text-xl font-semibold">
          {t("discrepancies")}
        </h2>
        {file.discrepancies.length === 0 ? (
          <p>{t("noDiscrepancies")}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm" data-testid="discrepancies">
            <thead>
              <tr>
                <th className={th}>{t("person")}</th>
                <th className={th}>{t("field")}</th>
                <th className={th}>{t("declared")}</th>
                <th className={th}>{t("verified")}</th>
                <th className={th}>{t("kind")}</th>
              </tr>
            </thead>
            <tbody>
              {file.discrepancies.map((d, n) => (
                <tr key={n} className="bg-amber-50">
                  <td className={td}>{nameOf(d.memberFin)}</td>
                  <td className={td}>{codeLabel(c, "discrepancyFields", d.field)}</td>
                  <td className={td}>{d.declared ?? "—"}</td>
                  <td className={td}>
                    {d.verified ?? "—"}
                    {d.source ? ` (${codeLabel(c, "agencies", d.source.replace(/^AGENCY:/, ""))})` : ""}
                  </td>
                  <td className={td}>{t(`discrepancyKinds.${d.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="cf-inspection" className="space-y-2">
        <h2 id="cf-inspection" className="text-xl font-semibold">
          {t("inspection")}
        </h2>
        {!inspection ? (
          <p>{t("noInspection")}</p>
        ) : (
          <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("inspectionStatus")}</dt>
            <dd>{tv(`status.${inspection.status}`)}</dd>
            {result && (
              <>
                <dt className="font-medium">{t("visitedOn")}</dt>
                <dd>{date(result.visitedOn)}</dd>
                <dt className="font-medium">{t("housing")}</dt>
                <dd>
                  {t("housingSummary", {
                    rooms: result.housing.rooms,
                    type: fi(`housingTypes.${result.housing.type}`),
                    condition: fi(`housingConditions.${result.housing.condition}`),
                  })}
                </dd>
                <dt className="font-medium">{t("meters")}</dt>
                <dd>
                  {result.meters.length === 0
                    ? "—"
                    : result.meters.map((m) => `${fi(`meterKinds.${m.kind}`)}: ${m.number}`).join("; ")}
                </dd>
                <dt className="font-medium">{t("land")}</dt>
                <dd>{t("sqm", { value: result.landAreaSqm })}</dd>
                <dt className="font-medium">{t("livestock")}</dt>
                <dd>
                  {result.livestock.length === 0
                    ? "—"
                    : result.livestock.map((l) => `${fi(`livestockKinds.${l.kind}`)}: ${l.count}`).join("; ")}
                </dd>
                <dt className="font-medium">{t("vehicles")}</dt>
                <dd>
                  {result.vehicles.length === 0
                    ? "—"
                    : result.vehicles.map((v) => [v.description, v.registration].filter(Boolean).join(" ")).join("; ")}
                </dd>
                <dt className="font-medium">{t("largePurchases")}</dt>
                <dd>
                  {result.largePurchases.length === 0
                    ? "—"
                    : result.largePurchases.map((x) => x.description).join("; ")}
                </dd>
                <dt className="font-medium">{t("membersPresent")}</dt>
                <dd>{result.membersPresent.length === 0 ? "—" : result.membersPresent.map(nameOf).join(", ")}</dd>
                {result.notes && (
                  <>
                    <dt className="font-medium">{t("notes")}</dt>
                    <dd>{result.notes}</dd>
                  </>
                )}
              </>
            )}
            {inspection.needsJudgement && (
              <>
                <dt className="font-medium">{t("judgement")}</dt>
                <dd className="font-medium text-amber-900">{inspection.judgementReason}</dd>
              </>
            )}
            {inspection.note && (
              <>
                <dt className="font-medium">{t("inspectorNote")}</dt>
                <dd>{visitNoteText(inspection.note, tv, (iso) => formatDay(iso, "medium"))}</dd>
              </>
            )}
          </dl>
        )}
      </section>

      {file.notes.length > 0 && (
        <section aria-labelledby="cf-notes" className="space-y-2">
          <h2 id="cf-notes" className="text-xl font-semibold">
            {t("notesTitle")}
          </h2>
          <ul className="space-y-2">
            {file.notes.map((n) => (
              <li key={n.id} className="rounded bg-slate-50 p-2">
                <span className="text-sm text-slate-600">
                  {n.author},{" "}
                  {format.dateTime(
                    n.createdAt,
                    onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }),
                  )}
                </span>
                <br />
                {n.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
