import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SessionUser } from "@/kernel/session-user";
import { StaffNav, type StaffNavItem } from "./staff-nav";

/** The navigation of each staff role: the day's lists for the district's staff, the ministry's pages for administrators. */
async function navItems(user: SessionUser): Promise<StaffNavItem[]> {
  const t = await getTranslations("workspace.nav");
  if (user.role === "ADMIN") {
    return [
      { href: "/admin", label: t("admin") },
      { href: "/audit", label: t("audit") },
      { href: "/admin/health", label: t("health") },
      { href: "/admin/what-if", label: t("whatIf") },
    ];
  }
  const items: StaffNavItem[] = [
    { href: "/staff", label: t("home"), prefix: "/staff/applications" },
    { href: "/staff/attention", label: t("attention") },
    { href: "/staff/mine", label: t("mine") },
  ];
  if (user.role === "SUPERVISOR") items.push({ href: "/audit", label: t("audit") });
  return items;
}

/**
 * The desk layout of the staff pages: it widens the page to the screen (the root layout's column grows when it
 * holds a [data-wide] element) and sets the navigation beside the work from 1024 px, above it below that.
 */
export async function StaffShell({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  if (!user || user.role === "CITIZEN" || user.role === "INSPECTOR") return <>{children}</>;
  const t = await getTranslations("workspace.nav");
  return (
    <div data-wide className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
      <StaffNav items={await navItems(user)} label={t("label")} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
