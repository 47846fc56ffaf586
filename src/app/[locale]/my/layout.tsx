import type { ReactNode } from "react";
import { SectionMessages } from "@/components/section-messages";
import { TRPCReactProvider } from "@/lib/trpc/react";

/**
 * This section's forms call the API through tRPC; the citizen wizard does not, so the provider is not shared. Its
 * client components read any client namespace, so it gets them all.
 */
export default function TrpcSectionLayout({ children }: { children: ReactNode }) {
  return (
    <SectionMessages>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SectionMessages>
  );
}
