import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDbPerFile } from "../support/test-db";
import { startStandaloneServer, type StandaloneServer } from "./standalone-server";

// The image's server without Docker: `node server.js` of the standalone build, on a migrated PostgreSQL
// database, answering the health check the Dockerfile's HEALTHCHECK and the proxy use, and serving pages with
// their static files (which the build leaves outside the standalone folder).

const testDb = migratedDbPerFile("standalone");
let server: StandaloneServer | undefined;

beforeAll(async () => {
  server = await startStandaloneServer({
    ...process.env,
    DATABASE_URL: testDb.current().url,
    AUTH_SECRET: "standalone-test-secret-standalone-test-secret",
    AUTH_TRUST_HOST: "true",
  });
}, 150_000);
afterAll(async () => {
  await server?.stop();
});

describe("the standalone server", () => {
  it("answers /api/health with the database reachable", async () => {
    const res = await fetch(`${server!.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("renders the Azerbaijani home page and serves the scripts it links to", async () => {
    const res = await fetch(`${server!.url}/az`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('lang="az"');
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server!.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
  });
});
