import { nameIn, type NamedInThreeLanguages } from "@/kernel/localized-name";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Wizard } from "@/components/wizard/wizard";
import { draftAsShown, phoneAsShown } from "@/lib/wizard/phone-as-shown";
import { isAppLocale } from "@/i18n/locales";
import { redirectInLocale } from "@/i18n/redirect-in-locale";
import { pickNamespaces, WIZARD_CLIENT_NAMESPACES } from "@/messages/load-messages";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { applicationVisible } from "@/server/auth/visible-to-current-user";

export const generateMetadata = pageTitleUnlessHidden("apply", ({ id }: { locale: string; id: string }) =>
  applicationVisible(["CITIZEN"], id),
);

export default async function ApplyPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  await requireRole(locale, ["CITIZEN"], `/apply/${id}`);
  const t = await getTranslations("wizard");
  const api = await serverApi();
  const [draft, regions, rules] = await Promise.all([
    api.application.draft({ applicationId: id }).catch((e: unknown) => {
      if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
      throw e;
    }),
    api.reference.districts(),
    api.reference.wizardRules(),
  ]);
  if (draft.status !== "DRAFT") return redirectInLocale(locale, `/applications/${id}`);
  const nameOf = (n: NamedInThreeLanguages) => nameIn(locale, n);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold leading-tight">{t("title")}</h1>
      <p className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3">{t("agenciesNote")}</p>
      {/* Only the wizard's texts: a phone on a slow network does not download the staff's with its first page. */}
      <Wizard
        texts={{ locale, messages: pickNamespaces(await getMessages(), WIZARD_CLIENT_NAMESPACES) }}
        applicationId={id}
        server={{ version: draft.version, draft: draftAsShown(draft.draft) }}
        representative={{ ...draft.representative, phone: phoneAsShown(draft.representative.phone) }}
        rules={rules}
        regions={regions.map((r) => ({
          code: r.code,
          name: nameOf(r),
          districts: r.districts.map((d) => ({ code: d.code, name: nameOf(d) })),
        }))}
      />
    </div>
  );
}
