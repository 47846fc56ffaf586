import { existsSync } from "node:fs";
import path from "node:path";

const src = path.resolve(import.meta.dirname, "../..");

/**
 * The files of this app that the module `entry` (its source `text`) imports or re-exports, at once or later
 * (`import("…")`), through `@/` and relative paths; type-only imports and packages left out. For the tests that
 * follow what a page hands to the browser.
 */
export function localImports(entry: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/")
      ? path.join(src, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(entry), specifier)
        : null;
    const file = base && [".tsx", ".ts", "/index.ts"].map((ext) => base + ext).find((f) => existsSync(f));
    return file ? [file] : [];
  });
}
