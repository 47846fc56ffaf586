import { getMessages } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WizardTexts } from "@/components/wizard/wizard-texts";
import { isAppLocale } from "@/i18n/locales";
import { pickNamespaces, WIZARD_CLIENT_NAMESPACES } from "@/messages/load-messages";

/**
 * Only the wizard's texts, and not through next-intl's client provider: a phone on a slow network downloads
 * neither the staff's texts nor next-intl's client with its first page (docs/citizen-wizard.md).
 */
export default async function ApplyLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  const messages = pickNamespaces(await getMessages(), WIZARD_CLIENT_NAMESPACES);
  return (
    <WizardTexts locale={locale} messages={messages}>
      {children}
    </WizardTexts>
  );
}
