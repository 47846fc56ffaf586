import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { startChain, type Chain } from "../chain/chain-harness";
import { driveUntilSettled } from "../chain/chain-actors";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { startRoundRobinProxy, type RoundRobinProxy } from "./round-robin-proxy";
import { startStandaloneServer, type StandaloneServer } from "./standalone-server";

// Horizontal scaling as compose.yaml deploys it, without Docker: two instances of the production build behind a
// round-robin proxy, the engine calling the functions through the proxy and the bank calling back through it.
// One instance is killed with SIGKILL while 20 applications are in flight; the survivor must finish them all,
// with every bank account opened once and every message sent once.

const FAMILIES = 20;
const testDb = migratedDbPerFile("twoinstances");
const db = () => testDb.current().db;
let chain: Chain | undefined;
let proxy: RoundRobinProxy | undefined;
const instances: StandaloneServer[] = [];

beforeAll(async () => {
  const { url } = testDb.current();
  await seedReference(db());
  await seedLawData(db());
  chain = await startChain({
    databaseUrl: url,
    agencyLatencyMs: 20,
    serveApp: async (env) => {
      const appEnv = {
        ...env,
        DATABASE_URL: url,
        AUTH_SECRET: "two-instances-secret-two-instances-secret",
        AUTH_TRUST_HOST: "true",
      };
      instances.push(...(await Promise.all([startStandaloneServer(appEnv), startStandaloneServer(appEnv)])));
      proxy = await startRoundRobinProxy(instances.map((i) => i.url));
      // The bank's callbacks reach the app through the proxy, as they would through Caddy.
      process.env.APP_BASE_URL = proxy.url;
      return { url: `${proxy.url}/api/inngest`, close: async () => undefined };
    },
  });
}, 240_000);

afterAll(async () => {
  await chain?.stop();
  await proxy?.stop();
  await Promise.all(instances.map((i) => i.stop()));
});

describe("two app instances behind a proxy", () => {
  it("finish 20 applications when one instance is killed mid-run: each bank account ordered once, each message sent once", async () => {
    const families = await chain!.demoFamilies("assign", FAMILIES);
    expect(families).toHaveLength(FAMILIES);
    const ids: string[] = [];
    for (const [i, family] of families.entries()) ids.push(await chain!.submit(db(), family, i + 1));

    // The inspectors work throughout; the kill comes once a quarter of the bank accounts are ordered, when the
    // chains are spread over every step: visits, agency calls, decisions, bank orders and their notices.
    const settling = driveUntilSettled(db(), chain!, ids, {
      timeoutMs: 420_000,
      settled: ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"],
    });
    settling.catch(() => undefined);
    const victim = instances[0]!;
    const deadline = Date.now() + 180_000;
    while ((await db().bankAccountOrder.count()) < FAMILIES / 4) {
      if (Date.now() > deadline) throw new Error(`no bank orders yet:\n${victim.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const exited = new Promise((resolve) => victim.process.once("exit", (_code, signal) => resolve(signal)));
    victim.process.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const takenBeforeKill = new Map(proxy!.taken);
    const answeredBeforeKill = new Map(proxy!.answered);
    // Mid-run indeed: messages and bank orders are still to come.
    expect(await db().notification.count({ where: { applicationId: { in: ids } } })).toBeLessThan(FAMILIES * 4);

    const statuses = await settling;
    expect([...statuses.values()].filter((s) => s === "ASSIGNED")).toHaveLength(FAMILIES);

    // Both instances did work before the kill, and the survivor alone after it.
    expect(takenBeforeKill.get(instances[0]!.url)).toBeGreaterThan(0);
    expect(takenBeforeKill.get(instances[1]!.url)).toBeGreaterThan(0);
    expect(proxy!.answered.get(instances[1]!.url)).toBeGreaterThan(answeredBeforeKill.get(instances[1]!.url)!);

    // The bank: one order row per application, one account per order at the bank, all opened.
    const orders = await db().bankAccountOrder.findMany({ where: { applicationId: { in: ids } } });
    expect(orders).toHaveLength(FAMILIES);
    expect(new Set(orders.map((o) => o.applicationId)).size).toBe(FAMILIES);
    expect(orders.every((o) => o.status === "OPENED")).toBe(true);
    const atBank = chain!.bank.state.all();
    expect(atBank).toHaveLength(FAMILIES);
    expect(new Set(atBank.map((o) => o.orderReference)).size).toBe(FAMILIES);

    // The messages: the four notices per family recorded once and SENT, and each delivered once by the provider.
    const notifications = await db().notification.findMany({ where: { applicationId: { in: ids } } });
    expect(notifications).toHaveLength(FAMILIES * 4);
    expect(notifications.every((n) => n.status === "SENT")).toBe(true);
    const apps = await db().application.findMany({ where: { id: { in: ids } } });
    for (const app of apps) {
      const recipient = app.preferredChannel === "EMAIL" ? app.contactEmail! : app.contactPhone!;
      const kinds = notifications
        .filter((n) => n.applicationId === app.id)
        .map((n) => n.kind)
        .sort();
      expect(kinds).toEqual(["BANK_CARD_PICKUP", "DECISION", "INSPECTION_DATE", "REGISTRATION_NOTICE"]);
      expect(chain!.messaging.store.list(recipient), `messages to application ${app.registrationNumber}`).toHaveLength(
        4,
      );
    }
  });
});
