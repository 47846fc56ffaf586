"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import { buttonClass } from "../touch-fields";
import type { Tablet } from "./use-tablet";

/** Where the tablet stands: the connection, what waits to be sent, and how fresh the visits are. */
export function SyncBanner({ tablet, locale }: { tablet: Tablet; locale: string }) {
  const t = useTranslations("tablet");
  const format = useLocaleFormat();
  const { online, needsSignIn, waiting, sending, unsaved, packet, ready } = tablet;
  return (
    <div role="status" aria-live="polite" className="space-y-2" data-testid="sync-banner">
      {!online && !needsSignIn && (
        <p className="rounded-lg border-2 border-amber-500 bg-amber-50 p-3 text-lg">{t("offline")}</p>
      )}
      {needsSignIn && (
        <p className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-lg">
          {t("signInAgain")}{" "}
          <a href={`/${locale}/staff/sign-in`} className="font-semibold underline">
            {t("signIn")}
          </a>
        </p>
      )}
      {unsaved && (
        <p className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-lg font-semibold">{t("notKept")}</p>
      )}
      {waiting > 0 && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-600 bg-white p-3">
          <p className="text-lg" data-testid="waiting-count">
            {t("waiting", { count: waiting })}
          </p>
          <button
            type="button"
            disabled={sending || needsSignIn}
            className={`${buttonClass} border border-brand-600 text-brand-700`}
            onClick={() => void tablet.sendNow()}
          >
            {sending ? t("sending") : t("sendNow")}
          </button>
        </div>
      )}
      {ready && (
        <p className="text-base text-slate-700">
          {packet
            ? t("asOf", {
                time: format.dateTime(new Date(packet.generatedAt), {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Asia/Baku",
                }),
              })
            : t("neverLoaded")}
        </p>
      )}
    </div>
  );
}
