import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, loadMessages, SERVER_ONLY_NAMESPACES, WIZARD_CLIENT_NAMESPACES } from "./load-messages";
import { localImports } from "./test-support/local-imports";

const src = path.resolve(import.meta.dirname, "..");

/** The source of every client component ("use client" modules). */
function clientSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : clientSources(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(full, "utf8");
    return /^\s*["']use client["']/.test(text) ? [text] : [];
  });
}

describe("the messages handed to the browser", () => {
  it("leave out the server-only namespaces and keep every other", async () => {
    const all = await loadMessages("az");
    const sent = clientMessages(all);
    for (const namespace of SERVER_ONLY_NAMESPACES) {
      expect(all, namespace).toHaveProperty(namespace);
      expect(sent, namespace).not.toHaveProperty(namespace);
    }
    expect(Object.keys(sent)).toHaveLength(Object.keys(all).length - SERVER_ONLY_NAMESPACES.length);
  });

  it("hold every namespace a client component translates with", () => {
    const used = clientSources(src).flatMap((text) =>
      [...text.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((ns) => (SERVER_ONLY_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("hold, for the citizen wizard, every namespace its modules translate with, none through next-intl", () => {
    const sources = reachable(path.join(src, "components/wizard/wizard.tsx"));
    // Through the later steps' module, which the wizard only imports when the person starts using the form.
    expect(sources.some((text) => text.includes("export function StepReview("))).toBe(true);
    const used = sources.flatMap((text) => [...text.matchAll(/useWizardText\(\s*["']([^"'.]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((ns) => !(WIZARD_CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual(
      [],
    );
    // next-intl's client (its provider, translator and navigation) is what the wizard's own texts replace.
    expect(sources.filter((text) => /from\s+["'](next-intl|@\/i18n\/navigation)/.test(text))).toEqual([]);
  });
});

/**
 * The source of a module and of every module of this app it imports or re-exports, at once or later, followed
 * through `@/` and relative paths, up to the server actions.
 */
function reachable(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const text = readFileSync(entry, "utf8");
  // A server action's module is code of the server: the browser gets only a reference to it.
  if (/^\s*["']use server["']/.test(text)) return [];
  // Static imports, re-exports, and `import("…")`: the wizard's later steps come through the last two.
  return [text, ...localImports(entry, text).flatMap((file) => reachable(file, seen))];
}
