/** A key for a new row (member, income, asset) that stays with it through edits, removals and devices. */
export function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
