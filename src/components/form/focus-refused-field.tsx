"use client";

import { useEffect } from "react";

/**
 * Puts the cursor on the field a server-rendered form refused (a GET form: the search is in the address, and the
 * page answers it with the refusal beside its field), once the page is in the browser, as the client forms do on a
 * refused press: a screen reader reads the field with its error, and the person retypes there. `id`: the control of
 * the first refused field, in the form's order; none when nothing was refused. Renders nothing.
 */
export function FocusRefusedField({ id }: { id: string | undefined }) {
  useEffect(() => {
    if (id) document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
