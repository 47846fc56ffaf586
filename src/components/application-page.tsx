import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { Role } from "@/kernel/session-user";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { ApplicationDetails } from "./application-details";

/** One application as the citizen or staff page shows it; out of scope reads as "not found". */
export async function ApplicationPage({ params, roles }: { params: Promise<{ locale: string; id: string }>; roles: readonly Role[] }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireRole(locale, roles);
  const api = await serverApi();
  const application = await api.application.byId({ applicationId: id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return <ApplicationDetails application={application} locale={locale} />;
}
