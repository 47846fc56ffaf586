import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { applicationVisible } from "@/server/auth/visible-to-current-user";

/**
 * Another family's application (or one that is not there) is not found, here and on its letter, with HTTP 404.
 * The application's page waits for its data under `(file)/loading.tsx`, so a notFound() of its own comes after the
 * first bytes and their 200; this layout sits above that loading boundary, so its notFound() comes before anything
 * is sent. The letter has no loading boundary (the group keeps it out of the page's): the family's own application
 * with no decision yet has no letter, and its notFound() is a 404 too.
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
