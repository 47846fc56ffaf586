import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import {
  BANK_UNANSWERED_AFTER_HOURS,
  STALLED_AFTER_DAYS,
  UNDELIVERED_AFTER_HOURS,
} from "@/lib/operations/health-thresholds";
import { pageTitle } from "@/i18n/page-title";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

export const generateMetadata = pageTitle("systemHealth");

function Row({
  label,
  count,
  testId,
  children,
}: {
  label: string;
  count: number;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <tr className="border-t border-slate-200" data-testid={testId}>
      <th scope="row" className="py-2 pr-4 font-normal">
        {label}
        {children}
      </th>
      <td className={`py-2 text-right font-semibold ${count > 0 ? "text-red-700" : "text-slate-700"}`}>{count}</td>
    </tr>
  );
}

export default async function SystemHealthPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("systemHealth");
  const ts = await getTranslations("status");
  const format = await getFormatter();
  const health = await (await serverApi()).operations.health();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <p className="text-sm text-slate-600">
        {t("generatedAt", {
          time: format.dateTime(health.at, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short" })),
        })}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="text-left font-semibold">{t("messages")}</caption>
        <tbody>
          <Row label={t("messagesFailed")} count={health.messages.failed} testId="messages-failed" />
          <Row
            label={t("messagesUndelivered", { hours: UNDELIVERED_AFTER_HOURS })}
            count={health.messages.undelivered}
            testId="messages-undelivered"
          />
        </tbody>
      </table>
      <table className="w-full text-left text-sm">
        <caption className="text-left font-semibold">{t("bank")}</caption>
        <tbody>
          <Row label={t("bankRejected")} count={health.bank.rejected} testId="bank-rejected" />
          <Row
            label={t("bankUnanswered", { hours: BANK_UNANSWERED_AFTER_HOURS })}
            count={health.bank.unanswered}
            testId="bank-unanswered"
          />
        </tbody>
      </table>
      <table className="w-full text-left text-sm">
        <caption className="text-left font-semibold">{t("runs")}</caption>
        <tbody>
          {health.stalled.map((s) => (
            <Row
              key={s.status}
              label={t("runsStalled", { status: ts(s.status), days: STALLED_AFTER_DAYS })}
              count={s.count}
              testId={`stalled-${s.status}`}
            >
              {s.oldestRegistrationNumbers.length > 0 && (
                <span className="block text-slate-600">{s.oldestRegistrationNumbers.join(", ")}</span>
              )}
            </Row>
          ))}
        </tbody>
      </table>
      <section className="space-y-1 text-sm" data-testid="open-circuits">
        <h2 className="font-semibold">{t("agencies")}</h2>
        <p>
          {t("agenciesOpen")}:{" "}
          <strong>{health.openCircuits.length > 0 ? health.openCircuits.join(", ") : t("none")}</strong>
        </p>
        <p className="text-slate-600">{t("agenciesPerInstance")}</p>
      </section>
      <section className="space-y-1 text-sm" data-testid="calendar">
        <h2 className="font-semibold">{t("calendar")}</h2>
        <p>
          {health.calendarLastDay
            ? `${t("calendarLastDay")}: ${format.dateTime(health.calendarLastDay, { dateStyle: "long", timeZone: "UTC" })}`
            : t("calendarEmpty")}
        </p>
      </section>
    </div>
  );
}
