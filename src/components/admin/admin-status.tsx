"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * The console's one status line: what the last action did ("X's account is deactivated"), said by a screen reader
 * and shown above the page's content. It lives above the buttons, since a withdrawn or confirmed proposal leaves
 * the list with its button, and takes the cursor, which would otherwise fall to the page's body with the button.
 */
export function AdminStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const region = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((text: string) => {
    setMessage(text);
    requestAnimationFrame(() => region.current?.focus());
  }, []);
  return (
    <AnnounceContext value={announce}>
      {/* Always in the page: a live region must exist before it speaks. */}
      <p
        ref={region}
        tabIndex={-1}
        role="status"
        data-testid="admin-status"
        className={
          message
            ? "sticky top-0 z-10 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
            : "sr-only"
        }
      >
        {message}
      </p>
      {children}
    </AnnounceContext>
  );
}

/** Says what an action did in the console's status line. */
export const useAdminStatus = () => useContext(AnnounceContext);
