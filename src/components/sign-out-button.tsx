"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";

export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  async function onClick() {
    // Loaded on the click only: what an inspector's tablet keeps is nothing the other pages need to carry.
    try {
      const { forgetTabletData } = await import("@/lib/inspection/forget-tablet-data");
      await forgetTabletData();
    } catch {
      // The code could not be loaded (no connection): signing out needs the connection too, and says so.
    }
    await signOut({ redirectTo: `/${locale}` });
  }
  return (
    <button type="button" className="underline" onClick={() => void onClick()}>
      {label}
    </button>
  );
}
