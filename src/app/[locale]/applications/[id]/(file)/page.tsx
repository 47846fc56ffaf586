import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CitizenApplication } from "@/components/application/citizen-application";
import { routing } from "@/i18n/routing";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { applicationVisible } from "@/server/auth/visible-to-current-user";

export const generateMetadata = pageTitleUnlessHidden("application", ({ id }: { locale: string; id: string }) =>
  applicationVisible(["CITIZEN"], id),
);

export default async function CitizenApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CITIZEN"], `/applications/${id}`);
  const api = await serverApi();
  const viewLocale = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  const view = await api.application.timeline({ applicationId: id, locale: viewLocale }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return <CitizenApplication initial={view} />;
}
