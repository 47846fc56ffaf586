import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentMonths } from "@/components/assistance-year/payment-months";
import type { Role } from "@/kernel/session-user";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { ApplicationDetails } from "./application-details";

/** One application as the citizen or staff page shows it; out of scope reads as "not found". */
export async function ApplicationPage({
  params,
  roles,
}: {
  params: Promise<{ locale: string; id: string }>;
  roles: readonly Role[];
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireRole(locale, roles);
  const api = await serverApi();
  const application = await api.application.byId({ applicationId: id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  // The assistance year's months, as the family sees them (an audited read of its own).
  const year = application.status === "ASSIGNED" ? await api.assistanceYear.months({ applicationId: id }) : null;
  const t = await getTranslations("assistanceYear");
  return (
    <div className="space-y-6">
      <ApplicationDetails application={application} locale={locale} />
      {year?.assignment && (
        <section aria-labelledby="payments-title" className="space-y-2" data-testid="staff-payments">
          <h2 id="payments-title" className="text-xl font-semibold">
            {t("title")}
          </h2>
          {year.stop && <p className="font-semibold text-red-800">{t("stop.title")}</p>}
          <PaymentMonths view={year} />
        </section>
      )}
    </div>
  );
}
