import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SectionMessages } from "@/components/section-messages";
import { TRPCReactProvider } from "@/lib/trpc/react";

/** The tablet page is an installable app of its own: its manifest starts and stays in this locale's inspector page. */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { manifest: `/${locale}/inspector/manifest.webmanifest` };
}

export default function InspectorLayout({ children }: { children: ReactNode }) {
  return (
    <SectionMessages>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SectionMessages>
  );
}
