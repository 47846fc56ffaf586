/**
 * Control characters no input of the system needs: the C0 range but tab, line feed and carriage return, DEL, and
 * the C1 range. NUL among them matters most: PostgreSQL refuses it in text, so one that reached a query would be a
 * server error instead of the caller's 400. Checked by code point (a regex of control characters trips linters).
 */
export function isControlCharacter(codeUnit: number): boolean {
  if (codeUnit === 0x09 || codeUnit === 0x0a || codeUnit === 0x0d) return false;
  return codeUnit < 0x20 || (codeUnit >= 0x7f && codeUnit <= 0x9f);
}

export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControlCharacter(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Where in a parsed JSON value (or a tRPC input) the first string or key holding a control character sits, as a
 * dotted path ("" for the value itself); null when there is none. Depth-first, arrays by index.
 */
export function controlCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return hasControlCharacters(value) ? path.join(".") : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterPath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (hasControlCharacters(key)) return [...path, key].join(".");
      const found = controlCharacterPath(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
