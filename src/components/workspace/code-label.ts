/** A code's label from the catalog when it has one, the code itself otherwise (a code of a newer version, say). */
export function codeLabel(
  t: { has: (key: string) => boolean; (key: string): string },
  group: string,
  code: string,
): string {
  // Catalog keys cannot hold dots (next-intl reads them as nesting): "application.read" is "application_read".
  const key = `${group}.${code.replaceAll(".", "_")}`;
  return t.has(key) ? t(key) : code;
}
