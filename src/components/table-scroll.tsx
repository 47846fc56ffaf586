import type { ReactNode } from "react";

/**
 * A wide table scrolls inside its own box on a phone instead of pushing the whole page sideways; the box takes
 * keyboard focus so it can be scrolled without a mouse, and is named for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
