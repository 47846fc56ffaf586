import type { ReactNode } from "react";
import { StaffShell } from "@/components/workspace/staff-shell";
import { SectionMessages } from "@/components/section-messages";
import { TRPCReactProvider } from "@/lib/trpc/react";
import { currentUser } from "@/server/auth";

/** The staff's desk layout; the sign-in page (no one signed in yet) keeps the narrow column. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <SectionMessages>
      <TRPCReactProvider>
        <StaffShell user={await currentUser()}>{children}</StaffShell>
      </TRPCReactProvider>
    </SectionMessages>
  );
}
