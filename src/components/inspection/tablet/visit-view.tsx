"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import { useMemo } from "react";
import { emptyInspectionForm, ZInspectionFormState } from "@/lib/inspection/inspection-form-state";
import type { OutboxEntry } from "@/lib/inspection/outbox";
import { ZInspectionResult, type InspectionResult } from "@/lib/inspection/inspection-result";
import type { PacketVisit } from "@/lib/inspection/visit-packet";
import { visitDistrict } from "@/lib/inspection/visit-place";
import { InspectionForm } from "../inspection-form";
import { MissedVisitForm } from "../missed-visit-form";
import { RecordedAnswers } from "../recorded-answers";
import { buttonClass } from "../touch-fields";
import type { Tablet } from "./use-tablet";
import { groupPhone } from "@/kernel/identity-format";
import { namesToldApart } from "@/lib/people/names-told-apart";

const fullName = (m: { lastName: string; firstName: string; patronymic: string | null }) =>
  [m.lastName, m.firstName, m.patronymic].filter(Boolean).join(" ");

/** One home visit as the tablet has it: who lives there, and the form, or what became of what was recorded. */
export function VisitView({
  visit,
  entry,
  tablet,
  locale,
  today,
}: {
  visit: PacketVisit;
  entry: OutboxEntry | undefined;
  tablet: Tablet;
  locale: string;
  today: string;
}) {
  const t = useTranslations("visits");
  const format = useLocaleFormat();
  const date = format.day;
  const district = visitDistrict(visit, locale);
  const { storage } = tablet;
  const initial = useMemo(() => {
    const kept = ZInspectionFormState.safeParse(storage.readForm(visit.inspectionId));
    return kept.success ? kept.data : emptyInspectionForm(today);
  }, [storage, visit.inspectionId, today]);
  const recordable = visit.status === "SCHEDULED" && !entry;
  // The family by name, a name two members share with the FIN beside it, for the boxes of who was at home.
  const people = useMemo(
    () => namesToldApart(visit.members.map((m) => ({ fin: m.fin, name: fullName(m) }))),
    [visit.members],
  );
  // Those present by name while the tablet still has the family (an open visit), else only how many.
  const present = (result: InspectionResult, count?: number): string[] | number => {
    const names = result.membersPresent.map((fin) => people.find((m) => m.fin === fin));
    return names.length > 0 && names.every(Boolean)
      ? names.map((m) => m?.name ?? "")
      : (count ?? result.membersPresent.length);
  };
  // What was recorded, read back: this tablet's own copy first (it works offline), else the office's.
  const recorded = useMemo(() => {
    if (visit.status !== "COMPLETED") return null;
    const kept = ZInspectionResult.safeParse(storage.readRecorded(visit.inspectionId));
    if (kept.success) return { result: kept.data, count: kept.data.membersPresent.length };
    return visit.recorded ? { result: visit.recorded.result, count: visit.recorded.membersPresentCount } : null;
  }, [storage, visit.inspectionId, visit.status, visit.recorded]);

  return (
    <div className="space-y-6">
      {/* The district with the address: a street name alone does not say which part of the city to go to. */}
      <h1 className="text-2xl font-bold" data-testid="visit-address">
        {visit.address ?? t("noAddress")}
        {district && (
          <span className="block text-xl font-semibold">
            <span className="sr-only">{t("district")}: </span>
            {district}
          </span>
        )}
      </h1>
      <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
        <dt className="font-medium">{t("registrationNumber")}</dt>
        <dd>{visit.registrationNumber}</dd>
        {visit.contactPhone && (
          <>
            <dt className="font-medium">{t("phone")}</dt>
            <dd>
              <a href={`tel:${visit.contactPhone}`} className="underline">
                {groupPhone(visit.contactPhone)}
              </a>
            </dd>
          </>
        )}
        {visit.scheduledFor && (
          <>
            <dt className="font-medium">{t("scheduledFor")}</dt>
            <dd>{date(visit.scheduledFor)}</dd>
          </>
        )}
        <dt className="font-medium">{t("statusLabel")}</dt>
        <dd data-testid="inspection-status">{t(`status.${visit.status}`)}</dd>
      </dl>
      {visit.members.length > 0 && (
        <section aria-labelledby="family" className="space-y-2">
          <h2 id="family" className="text-xl font-semibold">
            {t("family")}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {visit.members.map((m) => (
              <li key={m.fin} className="p-3 text-lg">
                <span className="font-semibold">{fullName(m)}</span>
                <span className="block text-base">
                  {t(`relation.${m.relation}`)} · {t("born", { date: date(m.birthDate) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry && (
        <LocalEntry entry={entry} onDismiss={() => tablet.dismiss(entry.id)} statusName={(s) => t(`status.${s}`)} />
      )}
      {entry?.kind === "record" && <RecordedAnswers result={entry.result} present={present(entry.result)} />}
      {recordable && (
        <>
          <section aria-labelledby="record" className="space-y-3">
            <h2 id="record" className="text-xl font-semibold">
              {t("recordTitle")}
            </h2>
            <InspectionForm
              members={people}
              initial={initial}
              bookedFor={visit.scheduledFor}
              formatDay={date}
              onChange={(state) => storage.writeForm(visit.inspectionId, state)}
              onRecord={(result) => void tablet.submit({ kind: "record", inspectionId: visit.inspectionId, result })}
            />
          </section>
          <MissedVisitForm
            onRecord={(note) => void tablet.submit({ kind: "missed", inspectionId: visit.inspectionId, note })}
          />
        </>
      )}
      {!recordable && !entry && (
        <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-4 text-lg">
          {visit.status === "COMPLETED" && visit.completedAt
            ? t("recordedOn", {
                // Medium, not long: CLDR joins a long Azerbaijani date to the time with "/" ("5 dekabr 2026/23:28").
                date: format.dateTime(new Date(visit.completedAt), {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Asia/Baku",
                }),
              })
            : t("closed", { status: t(`status.${visit.status}`) })}
        </p>
      )}
      {!recordable && !entry && recorded && (
        <RecordedAnswers result={recorded.result} present={present(recorded.result, recorded.count)} />
      )}
    </div>
  );
}

/** What this tablet recorded for the visit and the office has not confirmed: waiting, or refused with why. */
function LocalEntry({
  entry,
  onDismiss,
  statusName,
}: {
  entry: OutboxEntry;
  onDismiss: () => void;
  statusName: (status: string) => string;
}) {
  const t = useTranslations("tablet");
  const what = entry.kind === "missed" ? <p className="text-base">{t("recordedAsMissed")}</p> : null;
  if (!entry.refusal) {
    return (
      <div
        role="status"
        className="space-y-1 rounded-lg border-2 border-brand-600 bg-white p-4 text-lg"
        data-testid="local-entry"
      >
        <p className="font-semibold">{t("savedOnTablet")}</p>
        {what}
      </div>
    );
  }
  const { code, closedAs } = entry.refusal;
  const reason =
    code === "visitClosed" && closedAs
      ? t("refused.visitClosed", { status: statusName(closedAs) })
      : code === "notFound"
        ? t("refused.notFound")
        : t("refused.other", { code });
  return (
    <div
      role="alert"
      className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg"
      data-testid="local-entry"
    >
      <p className="font-semibold">{reason}</p>
      {what}
      <button type="button" className={`${buttonClass} border border-red-700 text-red-800`} onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
