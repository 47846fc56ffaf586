"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true once the page's scripts run it. On a slow network
 * the form shows many seconds before its scripts: a press before then would be the browser's own submit, which
 * reloads the page and loses what was typed. Forms keep their buttons off until this is true (SubmitButton).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const TYPED = new Set(["text", "email", "tel", "password", "search", "url", "number"]);

/**
 * Hands React what was typed into a form's fields before it hydrated them. React starts the fields' state empty,
 * as the server rendered them, and leaves the typed text on screen only until its next render writes the empty
 * state back (a press then sent nothing, or an empty form). For each field with text, this lets React's value
 * tracker see the field as empty and then changed to the typed text, and fires the `input` event React listens to:
 * the field's own onChange stores the text, as if typed after hydration.
 */
export function adoptValuesTypedBeforeHydration(form: HTMLFormElement | null): void {
  if (!form) return;
  const setWithoutTracker = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  if (!setWithoutTracker) return;
  for (const field of Array.from(form.elements)) {
    if (!(field instanceof HTMLInputElement) || !TYPED.has(field.type) || field.value === "") continue;
    const typed = field.value;
    field.value = ""; // through React's tracker, which now holds ""
    setWithoutTracker.call(field, typed); // past it: the field shows the typed text again
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
