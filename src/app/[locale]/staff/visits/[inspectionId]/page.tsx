import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { Link } from "@/i18n/navigation";
import { VisitCalendarTable } from "@/components/workspace/visit-calendar-table";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { inspectionVisible } from "@/server/auth/visible-to-current-user";

export const generateMetadata = pageTitleUnlessHidden(
  "visitCalendar",
  ({ inspectionId }: { locale: string; inspectionId: string }) =>
    inspectionVisible(["CASEWORKER", "SUPERVISOR"], inspectionId),
);

/**
 * The inspector calendar of one home visit (issue 17): where the district's inspectors have room over the coming
 * working days, and the forms that book, move or send the visit to another inspector. Another district's visit
 * reads as not found.
 */
export default async function VisitCalendarPage({
  params,
}: {
  params: Promise<{ locale: string; inspectionId: string }>;
}) {
  const { locale, inspectionId } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const calendar = await (await serverApi()).workspace.visitCalendar({ inspectionId }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const t = await getTranslations("visitCalendar");
  const formatDay = await getDayFormat();
  const day = (iso: string) => formatDay(iso, "full");
  const v = calendar.visit;
  const inspector = calendar.inspectors.find((i) => i.id === v.inspectorId)?.name ?? "—";
  return (
    <div className="space-y-4">
      <Link href={`/staff/applications/${v.applicationId}`} className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { number: v.registrationNumber ?? "—" })}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <ul className="space-y-1">
        <li data-testid="current-booking">
          {v.scheduledFor && v.inspectorId
            ? t("current", {
                attempt: v.attempt,
                when: t("currentWith", {
                  date: day(v.scheduledFor),
                  window: t(`windows.${v.toldWindow ?? "DAY"}`),
                  inspector,
                }),
              })
            : t("currentNone", { attempt: v.attempt })}
        </li>
        <li className="font-semibold">{t("deadline", { date: day(calendar.dueOn) })}</li>
      </ul>
      {v.bookable ? <VisitCalendarTable calendar={calendar} /> : <p role="status">{t("notBookable")}</p>}
    </div>
  );
}
