import { readdirSync } from "node:fs";
import path from "node:path";

/** Where the pages a person reaches under a language live. */
export const localePagesRoot = path.resolve(import.meta.dirname, "../../src/app/[locale]");

/** Every page a person can reach under a locale, as file paths (the test-only pages are not built for production). */
export function localePageFiles(dir = localePagesRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test-only" ? [] : localePageFiles(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}
