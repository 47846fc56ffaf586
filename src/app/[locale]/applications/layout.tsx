import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/lib/trpc/react";

/** This section's forms call the API through tRPC; the citizen wizard does not, so the provider is not shared. */
export default function TrpcSectionLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
