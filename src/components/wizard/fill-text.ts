import type { CompiledMessage } from "icu-minify/format";

/**
 * A compiled text (icu-minify's form, which the build gives every catalog) with its plain arguments filled in, or
 * null when it has another kind (a plural, a select, a number) or lacks a value. The wizard's texts have only plain
 * arguments (fill-text.test.ts holds them so, and to read as next-intl formats them), so the phone downloads no
 * ICU formatter for them.
 */
export function fillText(message: CompiledMessage, values: Record<string, string | number> = {}): string | null {
  if (typeof message === "string") return message;
  let text = "";
  for (const node of message) {
    if (typeof node === "string") text += node;
    else if (Array.isArray(node) && node.length === 1 && node[0] in values) text += String(values[node[0]]);
    else return null;
  }
  return text;
}
