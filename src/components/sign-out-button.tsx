"use client";

import { signOutAction } from "@/server/auth/sign-out-action";

export function SignOutButton({ label, locale }: { label: string; locale: string }) {
  async function signOutHere(formData: FormData) {
    // Loaded on the click only: what an inspector's tablet keeps is nothing the other pages need to carry.
    try {
      const { forgetTabletData } = await import("@/lib/inspection/forget-tablet-data");
      await forgetTabletData();
    } catch {
      // The code could not be loaded (no connection): signing out needs the connection too, and says so.
    }
    await signOutAction(formData);
  }
  return (
    <form action={signOutHere}>
      <input type="hidden" name="locale" value={locale} />
      {/* A tap target of 44×44 CSS px (WCAG 2.5.5), where the word alone was 42×20 beside the language links. */}
      <button type="submit" className="min-h-11 min-w-11 px-2 underline">
        {label}
      </button>
    </form>
  );
}
