import { setRequestLocale } from "next-intl/server";
import { InspectorTablet } from "@/components/inspection/tablet/inspector-tablet";
import { requireRole } from "@/server/auth/require-role";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("inspector");

/**
 * The inspector's tablet page. The server renders only the shell: the visits come from the packet the tablet
 * downloads and keeps, so the same page opens from the service worker's copy where there is no signal.
 */
export default async function InspectorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["INSPECTOR"]);
  return <InspectorTablet userId={user.id} locale={locale} />;
}
