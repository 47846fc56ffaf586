import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { inspectionVisible } from "@/server/auth/visible-to-current-user";

/**
 * Another district's home visit (or one that is not there) is not found with HTTP 404. The page below waits for its
 * data under loading.tsx, so a notFound() of its own would come after the first bytes and their 200; this layout sits
 * above that boundary. The page keeps its own NOT_FOUND → notFound() for the read itself.
 */
export default async function VisitCalendarLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; inspectionId: string }>;
}) {
  const { inspectionId } = await params;
  if (!(await inspectionVisible(["CASEWORKER", "SUPERVISOR"], inspectionId))) notFound();
  return children;
}
