"use client";

import { Link, usePathname } from "@/i18n/navigation";

export interface StaffNavItem {
  href: string;
  label: string;
  /** Also current on the pages under it (the case files under the home's lists). */
  prefix?: string;
}

/**
 * The staff's navigation: a column beside the work on a desk screen, a row of links above it on a tablet. The
 * current page is marked for screen readers as well as by colour.
 */
export function StaffNav({ items, label }: { items: StaffNavItem[]; label: string }) {
  const pathname = usePathname();
  const current = (item: StaffNavItem) =>
    pathname === item.href || (item.prefix !== undefined && pathname.startsWith(item.prefix));
  return (
    <nav aria-label={label} className="lg:sticky lg:top-4">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item) ? "page" : undefined}
              className={`block rounded px-3 py-2 font-medium ${current(item) ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-slate-100"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
