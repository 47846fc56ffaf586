import type { inferRouterOutputs } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppRouter } from "@/server/api/root";
import { codeLabel } from "./code-label";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

type Pending = inferRouterOutputs<AppRouter>["workspace"]["pendingAgencyData"];

/** The supervisor's queue of facts entered by hand that change an outcome and wait for confirmation. */
export async function PendingAgencyData({ rows }: { rows: Pending }) {
  const t = await getTranslations("wsManualEntry");
  const c = await getTranslations("codes");
  const format = await getFormatter();
  return (
    <section aria-labelledby="pending-agency-data" className="space-y-2" data-testid="pending-agency-data">
      <h2 id="pending-agency-data" className="text-xl font-semibold">
        {t("queueTitle")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.entryId} className="rounded border-l-4 border-amber-500 bg-amber-50 p-2">
              <Link
                href={`/staff/applications/${r.applicationId}#cf-manual`}
                className="font-semibold text-brand-700 underline"
              >
                {r.registrationNumber ?? "—"} · {r.applicantName}
              </Link>
              <span className="block text-sm">
                {codeLabel(c, "agencies", r.agency)} ·{" "}
                {t("enteredBy", {
                  name: r.enteredBy,
                  at: format.dateTime(
                    r.enteredAt,
                    onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }),
                  ),
                })}{" "}
                ·{" "}
                {t("changesOutcome", {
                  without: c(`outcomes.${r.outcomeWithout}`),
                  with: c(`outcomes.${r.outcomeWith}`),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
