import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { applicationVisible } from "@/server/auth/visible-to-current-user";

/**
 * Another family's application (or one that is not there) is not found, here and on its letter, with HTTP 404.
 * The pages below wait for their data under loading.tsx, so a notFound() of theirs comes after the first bytes and
 * their 200; this layout sits above that loading boundary, so its notFound() comes before anything is sent. The
 * pages keep their own NOT_FOUND → notFound() for the read itself.
 */
export default async function CitizenApplicationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; id: string }>;
}) {
  const { id } = await params;
  if (!(await applicationVisible(["CITIZEN"], id))) notFound();
  return children;
}
