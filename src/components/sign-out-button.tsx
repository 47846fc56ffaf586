"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";

export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button type="button" className="underline" onClick={() => void signOut({ redirectTo: `/${locale}` })}>
      {label}
    </button>
  );
}
