"use client";

import { useLocale, useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import type { OutboxEntry } from "@/lib/inspection/outbox";
import type { PacketVisit } from "@/lib/inspection/visit-packet";
import { groupVisitsByDay } from "@/lib/inspection/visit-days";
import { visitDistrict } from "@/lib/inspection/visit-place";

/** The inspector's visits by day, today first: what the tablet opens at the start of the working day. */
export function VisitList({
  visits,
  outbox,
  today,
  open,
}: {
  visits: PacketVisit[];
  outbox: OutboxEntry[];
  today: string;
  open: (inspectionId: string) => void;
}) {
  const t = useTranslations("visits");
  const locale = useLocale();
  const tablet = useTranslations("tablet");
  const format = useLocaleFormat();
  const day = (iso: string) => format.day(iso, "full");
  const local = new Map(outbox.map((e) => [e.inspectionId, e]));
  const days = groupVisitsByDay(visits, today);
  return (
    <>
      {days.length === 0 && <p>{t("empty")}</p>}
      {days.map((d) => (
        <section key={d.date ?? "undated"} aria-labelledby={`day-${d.date ?? "undated"}`} className="space-y-2">
          <h2 id={`day-${d.date ?? "undated"}`} className="text-xl font-semibold">
            {d.date === null ? t("undated") : d.isToday ? t("today", { date: day(d.date) }) : day(d.date)}
          </h2>
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="visit-list"
          >
            {d.visits.map((v) => {
              const entry = local.get(v.inspectionId);
              const district = visitDistrict(v, locale);
              return (
                <li key={v.inspectionId}>
                  <a
                    href={`?visit=${encodeURIComponent(v.inspectionId)}`}
                    className="block min-h-12 space-y-1 p-4 text-lg"
                    onClick={(e) => {
                      e.preventDefault();
                      open(v.inspectionId);
                    }}
                  >
                    <span className="block font-semibold" data-testid="visit-address">
                      {v.address ?? t("noAddress")}
                      {/* The district with the address, as the visit's own page shows it. */}
                      {district && (
                        <span className="block font-normal">
                          <span className="sr-only">{t("district")}: </span>
                          {district}
                        </span>
                      )}
                    </span>
                    <span className="block">
                      {v.applicantName} · {v.registrationNumber}
                    </span>
                    <span className="block text-base text-slate-700">
                      {t(`status.${v.status}`)}
                      {v.attempt > 1 ? ` · ${t("repeatVisit")}` : ""}
                      {entry && ` · ${entry.refusal ? tablet("refusedBadge") : tablet("waitingBadge")}`}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
