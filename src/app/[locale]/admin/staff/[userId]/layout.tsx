import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { staffAccountVisible } from "@/server/auth/visible-to-current-user";

/**
 * A staff account that is not there (or a citizen's) is not found with HTTP 404. The page below waits for its data
 * under loading.tsx, so a notFound() of its own would come after the first bytes and their 200; this layout sits
 * above that boundary. The page keeps its own notFound() for the read itself.
 */
export default async function StaffAccountLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; userId: string }>;
}) {
  const { userId } = await params;
  if (!(await staffAccountVisible(["ADMIN"], userId))) notFound();
  return children;
}
