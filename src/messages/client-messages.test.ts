import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, loadMessages, SERVER_ONLY_NAMESPACES } from "./load-messages";

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
});
