import type { ReactNode } from "react";

// The locale layout renders <html>; this root layout exists only so that `not-found.tsx` and `global-error.tsx`
// at the root can answer for addresses outside any locale (next-intl's documented arrangement).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
