import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, pickNamespaces } from "@/messages/load-messages";

/**
 * The texts a section's client components read, sent in the page's payload. The locale layout sends only what
 * every page shares (SHARED_CLIENT_NAMESPACES); a section with client components wraps itself in this, with every
 * client namespace by default, or, where a phone's first load is measured (the citizen wizard), only the
 * namespaces its components use. A namespace missing here shows as its key or throws, so a section that narrows
 * the list must name every namespace its client components read.
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
