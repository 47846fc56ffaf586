import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICATION_CLIENT_NAMESPACES, MY_CLIENT_NAMESPACES, SIGN_IN_CLIENT_NAMESPACES } from "./citizen-namespaces";
import { loadMessages } from "./load-messages";
import { localImports } from "./test-support/local-imports";

const src = path.resolve(import.meta.dirname, "..");
const sections = [
  ["my", MY_CLIENT_NAMESPACES],
  ["sign-in", SIGN_IN_CLIENT_NAMESPACES],
  ["applications", APPLICATION_CLIENT_NAMESPACES],
] as const;

/** The route files of a section (pages, layouts, loading and error files), which its modules are reached from. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : /\.tsx$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The namespaces the client modules reached from `entry` translate with (a module is a client one when it says
 * "use client" or a client module imports it), and those that translate with no namespace, which would need the
 * whole catalog. Followed through `@/` and relative imports, static and `import()`, up to the server actions.
 */
function clientNamespaces(
  entry: string,
  isClient = false,
  seen = new Set<string>(),
): { namespaces: string[]; whole: string[] } {
  const key = `${entry}:${isClient}`;
  if (seen.has(key)) return { namespaces: [], whole: [] };
  seen.add(key);
  const text = readFileSync(entry, "utf8");
  if (/^\s*["']use server["']/.test(text)) return { namespaces: [], whole: [] };
  const client = isClient || /^\s*["']use client["']/.test(text);
  const own = client ? [...text.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((m) => m[1]!) : [];
  const whole = client && /useTranslations\(\s*\)/.test(text) ? [entry] : [];
  const below = localImports(entry, text).map((file) => clientNamespaces(file, client, seen));
  return {
    namespaces: [...own, ...below.flatMap((b) => b.namespaces)],
    whole: [...whole, ...below.flatMap((b) => b.whole)],
  };
}

describe("the texts a citizen section hands to the browser", () => {
  for (const [section, given] of sections) {
    it(`name, for /${section}, every namespace its client components translate with`, () => {
      const seen = new Set<string>();
      const found = routeFiles(path.join(src, "app/[locale]", section)).map((file) =>
        clientNamespaces(file, false, seen),
      );
      const used = new Set(found.flatMap((f) => f.namespaces));
      expect([...used].filter((ns) => !(given as readonly string[]).includes(ns))).toEqual([]);
      // A translator with no namespace reads any text of the catalog: such a component needs the whole catalog.
      expect(found.flatMap((f) => f.whole)).toEqual([]);
    });
  }

  it("name namespaces the catalogs have", async () => {
    const catalog = await loadMessages("ru");
    for (const [, given] of sections) for (const ns of given) expect(catalog, ns).toHaveProperty(ns);
  });

  it("find the namespaces a section's components read (the check above sees them)", () => {
    const found = clientNamespaces(path.join(src, "app/[locale]/applications/[id]/(file)/page.tsx"));
    expect(new Set(found.namespaces)).toEqual(new Set(APPLICATION_CLIENT_NAMESPACES));
  });
});
