type Catalog = { has: (key: string) => boolean; (key: string): string };

/** A code's label from the catalog when it has one, the code itself otherwise (a code of a newer version, say). */
export function codeLabel(t: Catalog, group: string, code: string): string {
  return codeLabelOrNull(t, group, code) ?? code;
}

/** A code's label from the catalog, or null when it has none (the caller then tries another catalog). */
export function codeLabelOrNull(t: Catalog, group: string, code: string): string | null {
  // Catalog keys cannot hold dots (next-intl reads them as nesting): "application.read" is "application_read".
  const key = `${group}.${code.replaceAll(".", "_")}`;
  return t.has(key) ? t(key) : null;
}
