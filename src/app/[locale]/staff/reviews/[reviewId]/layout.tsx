import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { reviewVisible } from "@/server/auth/visible-to-current-user";

/**
 * Another district's review (or one that is not there) is not found with HTTP 404. The page below waits for its data
 * under loading.tsx, so a notFound() of its own would come after the first bytes and their 200; this layout sits above
 * that boundary. The page keeps its own NOT_FOUND → notFound() for the read itself.
 */
export default async function ReviewLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; reviewId: string }>;
}) {
  const { reviewId } = await params;
  if (!(await reviewVisible(["CASEWORKER", "SUPERVISOR"], reviewId))) notFound();
  return children;
}
