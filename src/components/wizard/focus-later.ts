import { flushSync } from "react-dom";

/** Applies a state change synchronously, then moves keyboard focus to the element it created or revealed. */
export function changeThenFocus(change: () => void, elementId: string): void {
  flushSync(change);
  document.getElementById(elementId)?.focus();
}
