import { Inngest } from "inngest";
import { describe, test } from "vitest";
import { startTestApp } from "./test-support/app-server";
import { postJson } from "./test-support/engine-client";
import { setupFreshDatabase } from "./test-support/database";
import { harnessForTest, modes, testEventKey } from "./test-support/harness";

const db = setupFreshDatabase();

describe.concurrent("signing, event keys and out-of-band sync", () => {
  test.for(modes)(
    "out-of-band sync (%s): a plain PUT to the app makes the SDK post its functions to /fn/register",
    async (mode, { expect, onTestFinished }) => {
      const h = await harnessForTest(mode, db.url(), { onTestFinished });
      const fn = h.client.createFunction(
        { id: "registered", triggers: [{ event: "test/registered" }] },
        async () => "ok",
      );
      const app = await startTestApp(h.client, [fn]);
      onTestFinished(() => app.close());
      // The SDK accepts an unsigned plain PUT by default; in cloud mode it then authenticates to /fn/register with
      // its hashed signing key, which the engine checks.
      const res = await fetch(app.url, { method: "PUT" });
      expect(res.status, await res.text()).toBe(200);
      await h.client.send({ name: "test/registered", data: {} });
      expect((await h.waitForRun("registered", { status: "completed" })).output).toBe("ok");
    },
  );

  test("an app with another signing key rejects the engine's requests, and the sync says so", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest("signed", db.url(), { onTestFinished });
    const stranger = new Inngest({
      id: h.appId,
      isDev: false,
      baseUrl: h.engineUrl,
      signingKey: `signkey-test-${"0bad".repeat(16)}`,
      eventKey: testEventKey,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
    });
    const fn = stranger.createFunction({ id: "stranger", triggers: [{ event: "test/stranger" }] }, async () => "never");
    const app = await startTestApp(stranger, [fn]);
    onTestFinished(() => app.close());
    await expect(postJson(new URL("/admin/sync", h.engineUrl).toString(), { url: app.url })).rejects.toThrow(
      /HTTP 401/,
    );
  });

  test("with an event key configured, events sent with another key are refused", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("signed", db.url(), { onTestFinished });
    const res = await fetch(new URL("/e/wrong-key", h.engineUrl), {
      method: "POST",
      body: JSON.stringify([{ name: "test/x", data: {} }]),
    });
    expect(res.status).toBe(401);
    const ok = await fetch(new URL(`/e/${testEventKey}`, h.engineUrl), {
      method: "POST",
      body: JSON.stringify({ name: "test/x", data: {} }),
    });
    expect(await ok.json()).toMatchObject({ status: 200, ids: [expect.any(String)] });
  });

  test("invalid event payloads are refused with a reason", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const res = await fetch(new URL("/e/any", h.engineUrl), { method: "POST", body: JSON.stringify([{ data: {} }]) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain("invalid event payload");
  });
});
