import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, pickNamespaces } from "@/messages/load-messages";

/**
 * The texts a section's client components read, sent in the page's payload, with next-intl's client provider. The
 * locale layout has none (the citizen wizard, measured on a phone's first load, has its own texts without next-intl:
 * wizard-texts.tsx); a section with client components that translate wraps itself in this, with every client
 * namespace by default, or only the namespaces its components use. A namespace missing here shows as its key or
 * throws, so a section that narrows the list must name every namespace its client components read.
 */
export async function SectionMessages({
  namespaces,
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  const messages = clientMessages(await getMessages());
  return (
    <NextIntlClientProvider messages={namespaces ? pickNamespaces(messages, namespaces) : messages}>
      {children}
    </NextIntlClientProvider>
  );
}
