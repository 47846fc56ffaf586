"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { bakuDate } from "@/kernel/calendar-date";
import { SyncBanner } from "./sync-banner";
import { useOfflineShell } from "./use-offline-shell";
import { useTablet } from "./use-tablet";
import { VisitList } from "./visit-list";
import { VisitView } from "./visit-view";

/**
 * The inspector's tablet: one page that works without signal. The list and each visit are views of the packet
 * kept on the device (`?visit=<id>` picks one, changed in the browser's history without asking the server), so
 * moving between them needs no connection; recording goes through the tablet's outbox.
 */
export function InspectorTablet({ userId, locale }: { userId: string; locale: string }) {
  const t = useTranslations("visits");
  const tt = useTranslations("tablet");
  const tablet = useTablet(userId);
  useOfflineShell(locale);
  const visitId = useSearchParams().get("visit");
  // The device's day in Baku: what "today" means for the visits on the list and the date of a visit recorded now.
  const today = bakuDate(new Date());
  const open = (id: string | null) =>
    window.history.pushState(null, "", id ? `?visit=${encodeURIComponent(id)}` : window.location.pathname);
  const visits = tablet.packet?.visits ?? [];
  const visit = visitId ? visits.find((v) => v.inspectionId === visitId) : undefined;

  return (
    <div className="space-y-6">
      <SyncBanner tablet={tablet} locale={locale} />
      {!tablet.ready ? (
        <p>{tt("loading")}</p>
      ) : visitId ? (
        <>
          <a
            href={`/${locale}/inspector`}
            className="inline-block min-h-12 py-3 text-lg text-brand-700 underline"
            onClick={(e) => {
              e.preventDefault();
              open(null);
            }}
          >
            {t("back")}
          </a>
          {visit ? (
            <VisitView
              key={visit.inspectionId}
              visit={visit}
              entry={tablet.outbox.find((e) => e.inspectionId === visit.inspectionId)}
              tablet={tablet}
              locale={locale}
              today={today}
            />
          ) : (
            <p>{tt("notOnTablet")}</p>
          )}
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          {tablet.packet && <VisitList visits={visits} outbox={tablet.outbox} today={today} open={open} />}
        </>
      )}
    </div>
  );
}
