"use client";

import { useEffect } from "react";

/**
 * Puts the cursor on an element of a server-rendered answer once it is in the browser: a GET search reloads the page,
 * and the cursor started again at its top, far from what was found. The element needs `tabIndex={-1}`. Renders
 * nothing.
 */
export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
