import type { SyncStatus } from "./use-draft-sync";

/**
 * What "Submit" does with the answers' state on the server: submit them; wait, while the last step is on its way
 * over a working connection (the consent saved a moment before the press, on a slow line), then decide again; or say
 * that some answers have not reached the server: with no connection, after a save that failed and waits for its
 * retry, or one refused or overtaken by another device (which the status line explains).
 */
export function submitGate(state: {
  status: SyncStatus;
  pending: boolean;
  online: boolean;
}): "submit" | "wait" | "notSynced" {
  if (state.status === "saved" && !state.pending) return "submit";
  if (state.status === "saving" && state.online) return "wait";
  return "notSynced";
}
