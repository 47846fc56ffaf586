import { readdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { localePageFiles, localePagesRoot } from "../../tests/support/locale-pages";
import { WARM_UP_PAGES, warmUpPages } from "./warm-up-pages";

/** A page's route as a path: route groups dropped, a dynamic segment as `*`, a catch-all `**`. */
function routeOfFile(file: string): string {
  const segments = path
    .relative(localePagesRoot, path.dirname(file))
    .split(path.sep)
    .filter(Boolean)
    .map((name) =>
      /^\(.*\)$/.test(name) ? "" : name.startsWith("[...") ? "/**" : /^\[.*\]$/.test(name) ? "/*" : `/${name}`,
    );
  return segments.join("") || "/";
}

/** The route handlers under a locale (`route.ts`): a browser is sent to them too (the staff's landing, a manifest). */
function routeHandlerFiles(dir = localePagesRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test-only" ? [] : routeHandlerFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The route a warm-up path reaches: a made-up id fills a dynamic segment; the catch-all takes the rest. */
function routeOf(page: string, routes: string[]): string | undefined {
  const parts = page.replace(/^\/az/, "").split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  const stars = (route: string) => route.split("*").length;
  const [exact] = routes
    .filter((route) => {
      const segments = route.split("/").filter(Boolean);
      return segments.length === parts.length && segments.every((s, i) => s === "*" || s === parts[i]);
    })
    // A static segment wins over a dynamic one, as in Next's routing ("staff/new" before "staff/[userId]").
    .sort((a, b) => stars(a) - stars(b));
  return exact ?? routes.find((route) => route === "/**");
}

let server: http.Server | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
});

describe("warming up the development server's pages", () => {
  test("every page route a person can open is asked for, so none is left to compile on a first visit", () => {
    const routes = [...localePageFiles(), ...routeHandlerFiles()].map(routeOfFile);
    const warmed = new Set(WARM_UP_PAGES.map((page) => routeOf(page, routes)));
    expect(routes.filter((route) => !warmed.has(route))).toEqual([]);
  });

  test("each page is asked for once, in turn, past the sign-in gate with no session; a failure stops nothing", async () => {
    const seen: { url: string; cookie: string | undefined }[] = [];
    let inFlight = 0;
    let most = 0;
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? "", cookie: req.headers.cookie });
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        // The second page breaks the connection: the rest are still asked for.
        if (req.url === "/az/sign-in") res.destroy();
        else res.writeHead(307, { location: "/az/sign-in" }).end();
      }, 5);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const app = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const lines: string[] = [];
    await warmUpPages(app, (line) => lines.push(line), ["/az", "/az/sign-in", "/az/my"]);
    expect(seen).toEqual([
      { url: "/az", cookie: "authjs.session-token=" },
      { url: "/az/sign-in", cookie: "authjs.session-token=" },
      { url: "/az/my", cookie: "authjs.session-token=" },
    ]);
    expect(most).toBe(1);
    expect(lines).toEqual(["[start] 1 of 3 pages did not answer the warm-up; each compiles when first opened"]);
  });
});
