import type { ReactNode } from "react";
import { SectionMessages } from "@/components/section-messages";
import { WIZARD_CLIENT_NAMESPACES } from "@/messages/load-messages";

/** Only the wizard's texts: a phone on a slow network does not download the staff's with its first page. */
export default function ApplyLayout({ children }: { children: ReactNode }) {
  return <SectionMessages namespaces={WIZARD_CLIENT_NAMESPACES}>{children}</SectionMessages>;
}
