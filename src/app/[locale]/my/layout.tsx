import type { ReactNode } from "react";
import { SectionMessages } from "@/components/section-messages";
import { MY_CLIENT_NAMESPACES } from "@/messages/citizen-namespaces";
import { TRPCReactProvider } from "@/lib/trpc/react";

/**
 * This section's forms call the API through tRPC; the citizen wizard does not, so the provider is not shared. Its
 * client components get only the texts they read (citizen-namespaces.ts), not the whole catalog.
 */
export default function TrpcSectionLayout({ children }: { children: ReactNode }) {
  return (
    <SectionMessages namespaces={MY_CLIENT_NAMESPACES}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SectionMessages>
  );
}
