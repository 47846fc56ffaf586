"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import type { InspectionResult } from "@/lib/inspection/inspection-result";

/**
 * The answers of a visit as they were recorded, read back: from this tablet's own copy, or from the office once
 * sent. `present`: the names of those present when the tablet still has the family, else only how many.
 */
export function RecordedAnswers({ result, present }: { result: InspectionResult; present: string[] | number }) {
  const f = useTranslations("inspectionForm");
  const format = useLocaleFormat();
  const day = format.day;
  const list = (items: string[]) => (items.length === 0 ? f("nothing") : items.join("; "));
  const rows: [string, string][] = [
    [f("visitedOn"), day(result.visitedOn)],
    [f("housingType"), f(`housingTypes.${result.housing.type}`)],
    [f("housingCondition"), f(`housingConditions.${result.housing.condition}`)],
    [f("rooms"), String(result.housing.rooms)],
    [f("meters"), list(result.meters.map((m) => `${f(`meterKinds.${m.kind}`)}: ${m.number}`))],
    [f("landAreaSqm"), result.landAreaSqm === 0 ? f("nothing") : format.number(result.landAreaSqm)],
    [f("livestockHint"), list(result.livestock.map((l) => `${f(`livestockKinds.${l.kind}`)}: ${l.count}`))],
    [
      f("vehicles"),
      list(result.vehicles.map((v) => (v.registration ? `${v.description} (${v.registration})` : v.description))),
    ],
    [f("largePurchases"), list(result.largePurchases.map((p) => p.description))],
    [f("membersPresent"), typeof present === "number" ? f("presentCount", { count: present }) : list(present)],
    [f("notes"), result.notes || f("nothing")],
    [
      f("judgement"),
      result.judgement
        ? `${f(`judgementCodes.${result.judgement.code}`)} — ${result.judgement.reason}`
        : f("noJudgement"),
    ],
  ];
  return (
    <section aria-labelledby="recorded-answers" className="space-y-2" data-testid="recorded-answers">
      <h2 id="recorded-answers" className="text-xl font-semibold">
        {f("recordedTitle")}
      </h2>
      <dl className="grid wrap-anywhere gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-lg sm:grid-cols-[auto_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="mb-2 break-words sm:mb-0">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
