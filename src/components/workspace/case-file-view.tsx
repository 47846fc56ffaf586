import type { inferRouterOutputs } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { visitNoteText } from "@/components/inspection/visit-note-text";
import type { ReactNode } from "react";
import type { AppRouter } from "@/server/api/root";
import { Link } from "@/i18n/navigation";
import { codeLabel } from "./code-label";
import { ManualEntriesSection } from "./manual-entries-section";
import { NoteForm } from "./note-form";
import { RequestAgencyAgain } from "./request-agency-again";
import { SignInPhoneForm } from "./sign-in-phone-form";
import { manatText } from "@/lib/i18n/manat-text";
import { branchNameIn } from "@/kernel/branch-name";
import { groupPhone } from "@/kernel/identity-format";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

export type ApplicationCaseFile = inferRouterOutputs<AppRouter>["workspace"]["caseFile"];
type Locale = "az" | "ru" | "en";

const th = "bg-slate-100 px-3 py-2 text-left font-semibold";
const td = "border-t border-slate-200 px-3 py-2 align-top";

function Section({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={testId}
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A table that scrolls sideways inside its box on a narrow screen rather than overflowing the page. */
function Table({
  label,
  head,
  children,
  testId,
}: {
  label: string;
  head: string[];
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * An agency's answer that says something: a fact, a missing or empty answer, staff's entry, an answer that came only
 * after a request went unanswered. Not a second request as such: a reassessment asks every agency again.
 */
const worthARow = (g: ApplicationCaseFile["agencies"][number]) =>
  g.answer !== "OK" || g.facts.length > 0 || g.staffEntered !== null || g.failedBefore;

/**
 * The whole case of one family, in the order a caseworker works it: the family and its declaration, the agencies'
 * answers and where they differ from the declaration, the visits, the decisions, reviews and appeals, the
 * messages, the bank, the notes and the history. Every code is shown in words; money and dates in the page's
 * language. `payments` is the slot for the monthly payments section, `appealForm` the appeals section's form for an
 * appeal the family brings to the office, `changes` the changes reported during the period (after the decisions,
 * which a decided change links to).
 */
export async function CaseFileView({
  file,
  locale,
  payments,
  appealForm,
  changes,
}: {
  file: ApplicationCaseFile;
  locale: Locale;
  payments?: ReactNode;
  appealForm?: ReactNode;
  changes?: ReactNode;
}) {
  const t = await getTranslations("wsCaseFile");
  const c = await getTranslations("codes");
  const ts = await getTranslations("status");
  const tv = await getTranslations("visits");
  const fi = await getTranslations("inspectionForm");
  const tc = await getTranslations("visitCalendar");
  const tm = await getTranslations("wsManualEntry");
  const tch = await getTranslations("changes");
  const format = await getFormatter();
  const formatDay = await getDayFormat();
  const a = file.application;
  const azn = (q: number | null | undefined) =>
    q === null || q === undefined ? "—" : manatText(q, (v, o) => format.number(v, o));
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso, "medium") : "—");
  const when = (d: Date | null | undefined) =>
    d
      ? format.dateTime(d, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }))
      : "—";
  const person = (fin: string | null) =>
    fin ? `${a.members.find((m) => m.fin === fin)?.name ?? fin} (${fin})` : t("household");
  const value = (code: string | null | undefined) => (code ? codeLabel(c, "factValues", code) : "");
  // Twenty agencies for each member make a hundred rows for a family of five, most of them "answered, nothing to
  // report". The table keeps the rows a caseworker acts on (a fact, no answer or no record, data entered by staff, an
  // answer after a failed request); the rest are listed once per agency under it, so none is hidden.
  const quiet = new Map<string, ApplicationCaseFile["agencies"]>();
  for (const g of file.agencies) if (!worthARow(g)) quiet.set(g.agency, [...(quiet.get(g.agency) ?? []), g]);
  const quietAnswers = [...quiet];
  const factText = (f: ApplicationCaseFile["agencies"][number]["facts"][number]) => {
    const v = f.values;
    const num = (k: string) => Number(v[k] ?? 0);
    const str = (k: string) => (v[k] === null || v[k] === undefined ? "—" : String(v[k]));
    switch (f.kind) {
      case "income":
        return c("factKinds.income", {
          type: codeLabel(c, "incomeTypes", f.code ?? ""),
          amount: azn(num("totalQepik")),
          months: num("months"),
        });
      case "utility":
        return c("factKinds.utility", {
          service: value(f.code),
          amount: azn(num("totalQepik")),
          months: num("months"),
        });
      case "status":
        return c("factKinds.status", { status: codeLabel(c, "memberStatuses", f.code ?? "") });
      case "identity":
        return c("factKinds.identity", { name: str("name"), birthDate: day(str("birthDate")) });
      case "disability":
        // An expired decision awaiting re-examination is why the case is reviewed: say so beside the old degree.
        return v.pendingReexamination === true
          ? c("factKinds.disabilityExpired", { degree: num("degreePct"), validUntil: day(str("validUntil")) })
          : c("factKinds.disability", { degree: num("degreePct") });
      case "vehicle":
        return c("factKinds.vehicle", { plate: str("plate"), relation: value(f.code) });
      case "realEstate":
        return c("factKinds.realEstate", { purpose: value(f.code), share: num("sharePct") });
      case "land":
        return c("factKinds.land", { use: value(f.code), area: format.number(num("areaM2")) });
      case "livestock":
        return c("factKinds.livestock", { kind: value(f.code), count: num("count") });
      case "transaction":
        return c("factKinds.transaction", {
          kind: value(f.code),
          date: day(str("date")),
          amount: azn(num("amountQepik")),
        });
      case "jobOffer":
        return c("factKinds.jobOffer", { date: day(str("date")), outcome: value(f.code) });
      case "loan":
        return c("factKinds.loan", { status: value(f.code), amount: azn(num("monthlyQepik")) });
    }
  };
  const discrepancyValue = (field: string, v: string | number | null) => {
    if (v === null) return t("nothing");
    if (field === "loans.monthlyRepayment" && typeof v === "number") return azn(v);
    if (field.startsWith("identity.birthDate") && typeof v === "string") return day(v);
    if (field === "household.registeredMember" && typeof v === "string") return v;
    return String(v);
  };
  const registeredIncomes = a.declaredIncomes.filter((i) => i.registered === true);
  const unregisteredIncomes = a.declaredIncomes.filter((i) => i.registered !== true);
  const incomeRow = (i: (typeof a.declaredIncomes)[number], n: number) => (
    <tr key={n}>
      <td className={td}>{person(i.memberFin)}</td>
      <td className={td}>{codeLabel(c, "incomeTypes", i.type)}</td>
      <td className={td}>{azn(i.monthlyQepik)}</td>
    </tr>
  );
  const sections = [
    ["cf-summary", t("summary")],
    ["cf-family", t("family")],
    ["cf-agencies", t("agencies")],
    ["cf-manual", tm("title")],
    ["cf-discrepancies", t("discrepancies")],
    ["cf-inspections", t("inspections")],
    ["cf-decisions", t("decisions")],
    ...(changes ? [["cf-changes", tch("staff.title")]] : []),
    ["cf-reviews", t("reviews")],
    ["cf-appeals", t("appeals")],
    ["cf-messages", t("messages")],
    ["cf-bank", t("bank")],
    ...(payments ? [["cf-payments", t("payments")]] : []),
    ["cf-notes", t("notes")],
    ["cf-history", t("history")],
  ] as const;
  const districtName = a.district
    ? locale === "ru"
      ? a.district.nameRu
      : locale === "en"
        ? a.district.nameEn
        : a.district.nameAz
    : "—";

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_14rem]">
      <nav aria-label={t("contents")} className="order-first xl:order-last">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm xl:sticky xl:top-4 xl:flex-col">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-700 underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-6">
        <Section id="cf-summary" title={t("summary")}>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {(
              [
                [t("status"), ts(a.status)],
                [t("district"), districtName],
                [t("address"), a.address ?? "—"],
                [t("applicationDate"), day(a.applicationDate)],
                [t("decisionDue"), day(a.decisionDueOn)],
                [
                  t("contact"),
                  [a.contactPhone && groupPhone(a.contactPhone), a.contactEmail].filter(Boolean).join(" · ") || "—",
                ],
                [t("preferredChannel"), c(`channels.${a.preferredChannel}`)],
              ] as const
            ).map(([k, v]) => (
              <div key={k}>
                <dt className="text-sm text-slate-700">{k}</dt>
                <dd className="font-medium" data-testid={k === t("status") ? "case-status" : undefined}>
                  {v}
                </dd>
              </div>
            ))}
          </dl>
          {a.canSetSignInPhone && <SignInPhoneForm applicationId={a.id} current={a.signInPhone} />}
        </Section>

        <Section id="cf-family" title={t("family")}>
          <Table
            label={t("tableOf", { name: t("family") })}
            head={[t("name"), t("fin"), t("birthDate"), t("relation")]}
            testId="family"
          >
            {a.members.map((m) => (
              <tr key={m.fin}>
                <td className={td}>{m.name}</td>
                <td className={`${td} font-mono`}>{m.fin}</td>
                <td className={td}>{day(m.birthDate)}</td>
                <td className={td}>{tv(`relation.${m.relation}`)}</td>
              </tr>
            ))}
          </Table>
          <h3 className="font-semibold">{t("declaredIncomes")}</h3>
          {unregisteredIncomes.length === 0 ? (
            <p>{t("noDeclaredIncomes")}</p>
          ) : (
            <Table label={t("tableOf", { name: t("declaredIncomes") })} head={[t("person"), t("type"), t("monthly")]}>
              {unregisteredIncomes.map(incomeRow)}
            </Table>
          )}
          {/* A register's income the family reported during the period is not "beyond the registers": its own list. */}
          {registeredIncomes.length > 0 && (
            <>
              <h3 className="font-semibold">{t("reportedRegistered")}</h3>
              <p className="text-sm text-slate-700">{t("reportedRegisteredLead")}</p>
              <Table
                label={t("tableOf", { name: t("reportedRegistered") })}
                head={[t("person"), t("type"), t("monthly")]}
                testId="reported-registered-incomes"
              >
                {registeredIncomes.map(incomeRow)}
              </Table>
            </>
          )}
          <h3 className="font-semibold">{t("declaredAssets")}</h3>
          {a.declaredAssets.length === 0 ? (
            <p>{t("noDeclaredAssets")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("declaredAssets") })}
              head={[t("kind"), t("assetDescription"), t("value")]}
            >
              {a.declaredAssets.map((x, n) => (
                <tr key={n}>
                  <td className={td}>{c(`assetKinds.${x.kind}`)}</td>
                  <td className={td}>
                    {x.description ?? "—"}
                    {x.areaM2 !== null && ` (${t("assetArea", { area: x.areaM2 })})`}
                    {x.count !== null && ` (${t("assetCount", { count: x.count })})`}
                  </td>
                  <td className={td}>{azn(x.valueQepik)}</td>
                </tr>
              ))}
            </Table>
          )}
        </Section>

        <Section id="cf-agencies" title={t("agencies")} testId="agency-answers">
          <p className="text-sm text-slate-700">{t("agenciesLead")}</p>
          {file.agencies.length === 0 ? (
            <p>{t("notSubmitted")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("agencies") })}
              head={[t("agency"), t("person"), t("askedAt"), t("answer"), t("facts")]}
            >
              {file.agencies.filter(worthARow).map((g) => (
                <tr
                  key={`${g.agency}-${g.memberFin ?? ""}`}
                  data-agency={g.agency}
                  data-answer={g.answer}
                  className={g.answer === "UNAVAILABLE" ? "bg-amber-50" : ""}
                >
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {codeLabel(c, "agencies", g.agency)}
                  </th>
                  <td className={td}>{person(g.memberFin)}</td>
                  <td className={`${td} whitespace-nowrap`}>
                    {when(g.askedAt)}
                    {g.requests > 1 && (
                      <span className="block text-xs text-slate-700">{t("requests", { count: g.requests })}</span>
                    )}
                  </td>
                  <td className={td}>
                    {c(`agencyAnswers.${g.answer}`)}
                    {g.staffEntered && (
                      <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                        {tm("badge")}
                      </span>
                    )}
                    {g.failure && <span className="block text-xs">{codeLabel(c, "gatewayOutcomes", g.failure)}</span>}
                    {g.answer === "UNAVAILABLE" && file.viewer.canAddNote && (
                      <RequestAgencyAgain
                        applicationId={a.id}
                        agency={g.agency}
                        agencyName={codeLabel(c, "agencies", g.agency)}
                      />
                    )}
                  </td>
                  <td className={td}>
                    {g.facts.length === 0 ? (
                      <span className="text-slate-700">{g.answer === "OK" ? t("noFacts") : "—"}</span>
                    ) : (
                      <ul className="list-disc space-y-0.5 pl-4">
                        {g.facts.map((f, n) => (
                          <li key={n}>{factText(f)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
          {quietAnswers.length > 0 && (
            <details data-testid="agency-nothing-to-report" className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-medium">
                {t("nothingToReport", { count: quietAnswers.reduce((n, [, rows]) => n + rows.length, 0) })}
              </summary>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {quietAnswers.map(([agency, rows]) => (
                  <li key={agency} data-agency={agency}>
                    <span className="font-medium">{codeLabel(c, "agencies", agency)}</span>
                    {": "}
                    {rows.length === a.members.length && rows.every((g) => g.memberFin !== null)
                      ? t("allMembers", { count: rows.length })
                      : rows.map((g) => person(g.memberFin)).join("; ")}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Section>

        <Section id="cf-manual" title={tm("title")} testId="manual-entries">
          <ManualEntriesSection file={file} person={person} />
        </Section>

        <Section id="cf-discrepancies" title={t("discrepancies")} testId="discrepancies">
          {file.discrepancies.length === 0 ? (
            <p>{t("noDiscrepancies")}</p>
          ) : (
            <ul className="space-y-2">
              {file.discrepancies.map((d, n) => (
                <li key={n} className="rounded border-l-4 border-amber-500 bg-amber-50 p-2" data-field={d.field}>
                  {t("discrepancy", {
                    field: codeLabel(c, "discrepancyFields", d.field),
                    person: person(d.memberFin),
                    declared: discrepancyValue(d.field, d.declared),
                    verified: discrepancyValue(d.field, d.verified),
                    source: d.source ? codeLabel(c, "agencies", d.source.replace(/^AGENCY:/, "")) : "—",
                    kind: c(`discrepancyKinds.${d.kind}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="cf-inspections" title={t("inspections")}>
          {file.inspections.length === 0 ? (
            <p>{t("noInspection")}</p>
          ) : (
            file.inspections.map((i) => (
              <div key={i.id} className="space-y-2">
                <h3 className="font-semibold">
                  {t("attempt", { attempt: i.attempt })} — {tv(`status.${i.status}`)}
                </h3>
                {/* Booking by hand, moving, sending to another inspector (issue 17): on the inspector calendar. */}
                {i.status === "SCHEDULED" && file.viewer.canAddNote && (
                  <Link
                    href={`/staff/visits/${i.id}`}
                    className="inline-block py-1 font-semibold text-brand-700 underline"
                  >
                    {tc("open")}
                  </Link>
                )}
                <dl className="grid wrap-anywhere grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                  <dt className="font-medium">{t("inspector")}</dt>
                  <dd>{i.inspector ?? t("noInspector")}</dd>
                  <dt className="font-medium">{t("scheduledFor")}</dt>
                  <dd>{day(i.scheduledFor)}</dd>
                  {i.completedAt && (
                    <>
                      <dt className="font-medium">{t("completedAt")}</dt>
                      <dd>{when(i.completedAt)}</dd>
                    </>
                  )}
                  {i.result && (
                    <>
                      <dt className="font-medium">{t("visitedOn")}</dt>
                      <dd>{day(i.result.visitedOn)}</dd>
                      <dt className="font-medium">{t("housing")}</dt>
                      <dd>
                        {fi(`housingTypes.${i.result.housing.type}`)}, {t("rooms", { rooms: i.result.housing.rooms })},{" "}
                        {fi(`housingConditions.${i.result.housing.condition}`)}
                      </dd>
                      <dt className="font-medium">{t("membersPresent")}</dt>
                      <dd>
                        {i.result.membersPresent.length === 0
                          ? "—"
                          : i.result.membersPresent.map((f) => person(f)).join(", ")}
                      </dd>
                      {i.result.notes && (
                        <>
                          <dt className="font-medium">{t("inspectorNotes")}</dt>
                          <dd>{i.result.notes}</dd>
                        </>
                      )}
                    </>
                  )}
                  {i.needsJudgement && (
                    <>
                      <dt className="font-medium">{t("judgement")}</dt>
                      <dd className="font-medium text-amber-900">{i.judgementReason}</dd>
                    </>
                  )}
                  {i.note && (
                    <>
                      <dt className="font-medium">{t("note")}</dt>
                      <dd>{visitNoteText(i.note, tv, day)}</dd>
                    </>
                  )}
                </dl>
              </div>
            ))
          )}
        </Section>

        <Section id="cf-decisions" title={t("decisions")}>
          {file.decisions.length === 0 ? (
            <p>{t("noDecision")}</p>
          ) : (
            file.decisions.map((d) => (
              <div
                key={d.id}
                id={`decision-${d.id}`}
                className="scroll-mt-4 space-y-2 border-t border-slate-200 pt-2 first:border-t-0 first:pt-0"
              >
                <h3 className="font-semibold">
                  {c(`outcomes.${d.outcome}`)} · {d.final ? t("final") : t("notFinal")}
                  {d.superseded ? ` · ${t("superseded")}` : ""}
                  {d.effectiveFrom && (
                    <span data-testid="decision-in-force">
                      {" · "}
                      {t("inForceFrom", { date: day(d.effectiveFrom) })}
                    </span>
                  )}
                </h3>
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                  {(
                    [
                      [t("decidedAt"), when(d.decidedAt)],
                      [t("decidedBy"), d.decidedBy ?? t("system")],
                      ...(d.proposedOutcome ? [[t("proposed"), c(`outcomes.${d.proposedOutcome}`)] as const] : []),
                      [t("memberCount"), d.memberCount === null ? "—" : String(d.memberCount)],
                      [t("criterion"), azn(d.criterionQepik)],
                      [t("income"), azn(d.incomeQepik)],
                      [t("amount"), azn(d.amountQepik)],
                      // A decision during the period rules from its effective day: the months it is in force.
                      d.effectiveFrom && d.periodFrom
                        ? [t("periodInForce"), `${day(d.effectiveFrom)} – ${day(d.periodTo)}`]
                        : [t("period"), d.periodFrom ? `${day(d.periodFrom)} – ${day(d.periodTo)}` : "—"],
                    ] as const
                  ).map(([k, v]) => (
                    <div key={k}>
                      <dt className="text-sm text-slate-700">{k}</dt>
                      <dd className="font-medium">{v}</dd>
                    </div>
                  ))}
                </dl>
                {d.staffEntered.length > 0 && (
                  <p className="rounded bg-amber-50 p-2 text-sm" data-testid="decision-staff-entered">
                    {tm("decisionUses", {
                      list: d.staffEntered
                        .map((e) => `${codeLabel(c, "agencies", e.agency)} — ${person(e.memberFin)}`)
                        .join("; "),
                    })}
                  </p>
                )}
                {d.reasons.length > 0 && (
                  <>
                    <h4 className="font-medium">{t("reasons")}</h4>
                    <ul className="list-disc space-y-1 pl-6">
                      {d.reasons.map((r, n) => (
                        <li key={`${r.code}-${n}`}>{r.message[locale]}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ))
          )}
        </Section>

        {changes && (
          <div id="cf-changes" className="scroll-mt-4">
            {changes}
          </div>
        )}

        <Section id="cf-reviews" title={t("reviews")}>
          {file.reviews.length === 0 ? (
            <p>{t("noReviews")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("reviews") })}
              head={[t("openedAt"), t("status"), t("outcome"), t("answeredBy"), t("confirmedBy"), t("reason")]}
            >
              {file.reviews.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} whitespace-nowrap`}>{when(r.openedAt)}</td>
                  <td className={td}>
                    {c(`reviewStatuses.${r.status}`)}
                    {r.act && (
                      <Link
                        href={`/staff/reviews/${r.id}`}
                        className="block font-semibold text-brand-700 underline"
                        data-testid="case-file-review-link"
                      >
                        {t(r.act === "answer" ? "answerReview" : "confirmReview")}
                      </Link>
                    )}
                  </td>
                  <td className={td}>
                    {r.answer ? c(`outcomes.${r.answer}`) : "—"}
                    {r.overridesEngine && <span className="block text-xs">{t("overridesEngine")}</span>}
                  </td>
                  <td className={td}>{r.answeredBy ?? "—"}</td>
                  <td className={td}>{r.confirmedBy ?? "—"}</td>
                  <td className={td}>{r.reason ?? "—"}</td>
                </tr>
              ))}
            </Table>
          )}
        </Section>

        <Section id="cf-appeals" title={t("appeals")}>
          {file.appeals.length === 0 ? (
            <p>{t("noAppeals")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("appeals") })}
              head={[t("submittedAt"), t("status"), t("appealLanguage"), t("supervisor"), t("answeredAt"), t("reason")]}
            >
              {file.appeals.map((x) => (
                <tr key={x.id}>
                  <td className={`${td} whitespace-nowrap`}>{when(x.submittedAt)}</td>
                  <td className={td}>
                    {c(`appealStatuses.${x.status}`)}
                    {x.answerKind && <span className="block text-xs">{c(`appealAnswers.${x.answerKind}`)}</span>}
                  </td>
                  <td className={td} data-testid="appeal-language">
                    {t("officeAppeal.languageName", { language: x.locale })}
                  </td>
                  <td className={td}>{x.supervisor ?? "—"}</td>
                  <td className={`${td} whitespace-nowrap`}>{when(x.answeredAt)}</td>
                  <td className={td}>
                    {x.reason}
                    {x.atOffice && (
                      <span className="block text-xs" data-testid="appeal-at-office">
                        {t("appealAtOffice", { name: x.atOffice.by, note: x.atOffice.note })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
          {appealForm}
        </Section>

        <Section id="cf-messages" title={t("messages")} testId="messages">
          {file.messages.length === 0 ? (
            <p>{t("noMessages")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("messages") })}
              head={[t("createdAt"), t("kind"), t("channel"), t("recipient"), t("deliveryStatus"), t("showText")]}
            >
              {file.messages.map((m) => (
                <tr key={m.id} className={m.status === "FAILED" ? "bg-red-50" : ""}>
                  <td className={`${td} whitespace-nowrap`}>{when(m.createdAt)}</td>
                  <td className={td}>
                    {m.sameCard ? t("sameCardNotice") : c(`notificationKinds.${m.kind}`)}
                    {m.fallback && <span className="block text-xs">{t("fallback")}</span>}
                  </td>
                  <td className={td}>{c(`channels.${m.channel}`)}</td>
                  <td className={`${td} break-all`}>{groupPhone(m.recipient)}</td>
                  <td className={td}>
                    {c(`notificationStatuses.${m.status}`)}
                    {m.deliveredAt ? (
                      <span className="block text-xs">
                        {t("delivered")}: {when(m.deliveredAt)}
                      </span>
                    ) : m.sentAt ? (
                      <span className="block text-xs">
                        {t("sent")}: {when(m.sentAt)}
                      </span>
                    ) : null}
                    {m.error && (
                      <span className="block text-xs">
                        {t("error")}: {m.error}
                      </span>
                    )}
                  </td>
                  <td className={td}>
                    <details>
                      <summary className="cursor-pointer text-brand-700 underline">{t("showMessageText")}</summary>
                      <p className="mt-1 whitespace-pre-wrap">
                        {m.subject ? `${m.subject}\n` : ""}
                        {m.body}
                      </p>
                    </details>
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Section>

        <Section id="cf-bank" title={t("bank")}>
          {file.bankOrders.length === 0 ? (
            <p>{t("noBankOrder")}</p>
          ) : (
            <Table
              label={t("tableOf", { name: t("bank") })}
              head={[t("requestedAt"), t("status"), t("account"), t("branch"), t("pickup")]}
            >
              {file.bankOrders.map((b) => (
                <tr key={b.id}>
                  <td className={`${td} whitespace-nowrap`}>
                    {t("round", { round: b.round })}
                    <span className="block text-xs">{when(b.requestedAt)}</span>
                  </td>
                  <td className={td}>
                    {c(`bankStatuses.${b.status}`)}
                    {b.lastError && (
                      <span className="block text-xs">
                        {t("lastError")}: {b.lastError}
                      </span>
                    )}
                    {b.continuesAccountOf && (
                      <span className="block text-xs">{t("continuesAccount", { number: b.continuesAccountOf })}</span>
                    )}
                    {b.alsoPays.map((number) => (
                      <span key={number} className="block text-xs">
                        {t("alsoPays", { number })}
                      </span>
                    ))}
                  </td>
                  <td className={`${td} font-mono`}>{b.accountMasked ?? "—"}</td>
                  <td className={td}>
                    {[
                      b.branchName &&
                        branchNameIn(locale, { name: b.branchName, nameRu: b.branchNameRu, nameEn: b.branchNameEn }),
                      b.branchAddress,
                    ]
                      .filter(Boolean)
                      .join(", ") || "—"}
                  </td>
                  <td className={td}>{b.continuesAccountOf ? t("noCardToCollect") : day(b.cardPickupDate)}</td>
                </tr>
              ))}
            </Table>
          )}
        </Section>

        {payments && (
          <Section id="cf-payments" title={t("payments")}>
            {payments}
          </Section>
        )}

        <Section id="cf-notes" title={t("notes")} testId="notes">
          {file.viewer.canAddNote && <NoteForm applicationId={a.id} />}
          {file.notes.length === 0 ? (
            <p>{t("noNotes")}</p>
          ) : (
            <ul className="space-y-2" data-testid="note-list">
              {file.notes.map((n) => (
                <li key={n.id} className="rounded bg-slate-50 p-3">
                  <span className="text-sm text-slate-700">
                    {n.author} · {when(n.createdAt)}
                  </span>
                  <p className="whitespace-pre-wrap">{n.text}</p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="cf-history" title={t("history")}>
          <h3 className="font-semibold">{t("statusChanges")}</h3>
          <Table label={t("tableOf", { name: t("statusChanges") })} head={[t("at"), t("status"), t("who")]}>
            {file.history.statusChanges.map((s) => (
              <tr key={s.id}>
                <td className={`${td} whitespace-nowrap`}>{when(s.at)}</td>
                <td className={td}>
                  {s.from ? `${ts(s.from)} → ` : ""}
                  {ts(s.to)}
                </td>
                <td className={td}>{s.actor ?? t(`by.${s.actorKind}`)}</td>
              </tr>
            ))}
          </Table>
          <h3 className="font-semibold">{t("auditTrail")}</h3>
          <Table label={t("tableOf", { name: t("auditTrail") })} head={[t("at"), t("what"), t("who")]}>
            {file.history.audit.map((e) => (
              <tr key={e.id}>
                <td className={`${td} whitespace-nowrap`}>{when(e.at)}</td>
                <td className={td}>{codeLabel(c, "auditActions", e.action)}</td>
                <td className={td}>{e.actor ?? (e.actorRole === "SYSTEM" ? t("by.SYSTEM") : "—")}</td>
              </tr>
            ))}
          </Table>
        </Section>
      </div>
    </div>
  );
}
