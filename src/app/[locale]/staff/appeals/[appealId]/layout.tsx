import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { appealVisible } from "@/server/auth/visible-to-current-user";

/**
 * An appeal assigned to someone else (or not there) is not found with HTTP 404. The page below waits for its data under
 * loading.tsx, so a notFound() of its own would come after the first bytes and their 200; this layout sits above that
 * boundary. The page keeps its own NOT_FOUND → notFound() for the read itself.
 */
export default async function AppealLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; appealId: string }>;
}) {
  const { appealId } = await params;
  if (!(await appealVisible(["SUPERVISOR"], appealId))) notFound();
  return children;
}
