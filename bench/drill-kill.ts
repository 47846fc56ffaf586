/**
 * Reliability drill (issue 18; not in CI): kill -9 of the app and the engine with N runs in flight. The app is the
 * production build (the standalone server the Docker image runs) and the engine the project's local Inngest engine,
 * each its own process on PostgreSQL; the agency, bank and messaging fakes live in this process and survive. Once
 * a quarter of the bank accounts are ordered, both processes get SIGKILL at the same moment, then start again on
 * the same addresses. Every application must settle (the reviewer answers the cases sent to review), with one bank
 * order per application, one account per idempotency key at the bank, one outbox row per message and one message
 * per recipient and text at the provider. Exits non-zero on any duplicate or anything unsettled.
 *   npx tsx bench/drill-kill.ts [--count 200] [--timeout-minutes 60]
 * Needs PostgreSQL (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres) and a production build
 * (`npm run build`).
 */
import { parseArgs } from "node:util";
import { withOwnFins } from "./support/own-fins";
import { withServerModules } from "./support/with-server-modules";
import { killNine, spawnEngine } from "./support/engine-process";

withServerModules(import.meta.filename);

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "200" },
    "timeout-minutes": { type: "string", default: "60" },
  },
});
const count = Number(values.count);
const timeoutMs = Number(values["timeout-minutes"]) * 60_000;

async function main() {
  const [
    { seededDatabase },
    { startChain },
    { completeReview, completeVisit, driveUntilSettled, runningRuns },
    { freePort, startStandaloneServer },
    { waitUntilReady },
  ] = await Promise.all([
    import("./support/seeded-database"),
    import("../tests/chain/chain-harness"),
    import("../tests/chain/chain-actors"),
    import("../tests/deploy/standalone-server"),
    import("../tools/dev/child-process"),
  ]);
  const { database, db } = await seededDatabase("drill_kill");

  const [enginePort, appPort] = [await freePort(), await freePort()];
  const engineUrl = `http://127.0.0.1:${enginePort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  let engine = spawnEngine({
    port: enginePort,
    databaseUrl: database.url,
    schema: "inngest_drill",
    appUrls: [`${appUrl}/api/inngest`],
  });
  await waitUntilReady(`${engineUrl}/health`, 60_000, engine);
  let appEnv: NodeJS.ProcessEnv = { ...process.env };
  let app: Awaited<ReturnType<typeof startStandaloneServer>> | undefined;
  const chain = await startChain({
    databaseUrl: database.url,
    agencyLatencyMs: 20,
    engineUrl,
    serveApp: async (env) => {
      appEnv = {
        ...env,
        DATABASE_URL: database.url,
        AUTH_SECRET: "drill-kill-secret-drill-kill-secret-0123",
        AUTH_TRUST_HOST: "true",
        APP_BASE_URL: appUrl,
      };
      app = await startStandaloneServer(appEnv, appPort);
      // The bank's callbacks reach the app's webhook at its one address, across the restart.
      process.env.APP_BASE_URL = appUrl;
      return { url: `${appUrl}/api/inngest`, close: async () => undefined };
    },
  });
  try {
    // The simulator offers at most 50 demo families of each outcome; each application gets its own FINs.
    const pool = (
      await Promise.all([
        chain.demoFamilies("assign", 50),
        chain.demoFamilies("refuse", 50),
        chain.demoFamilies("review", 50),
      ])
    ).flat();
    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < count; i += 50) {
      const wave = Array.from({ length: Math.min(50, count - i) }, (_, j) => i + j);
      ids.push(...(await Promise.all(wave.map((n) => chain.submit(db, withOwnFins(pool[n % pool.length]!, n), n)))));
    }

    // The inspectors and the reviewer work until a quarter of the bank accounts are ordered: runs are then spread
    // over every step (agency calls, visits, decisions, bank orders, notices). Under their own FINs the agencies do
    // not know the families, so every case goes to review; the reviewer assigns it.
    const killAt = Math.max(1, Math.floor(count / 4));
    const killDeadline = Date.now() + timeoutMs;
    const answered = new Set<string>();
    while ((await db.bankAccountOrder.count()) < killAt) {
      if (Date.now() > killDeadline) throw new Error("not enough bank orders before the deadline");
      const open = await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
      for (const a of open) {
        if (a.status === "AWAITING_REVIEW" && !answered.has(a.id)) {
          await completeReview(db, a.id, "ASSIGN", "Sənədlər yoxlanıldı, ailə yardıma layiqdir.");
          answered.add(a.id);
        } else await completeVisit(db, a.id);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const inFlight = (await runningRuns(chain)).size;
    const before = {
      orders: await db.bankAccountOrder.count(),
      notifications: await db.notification.count(),
      decided: await db.application.count({ where: { status: { in: ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"] } } }),
    };
    await Promise.all([killNine(engine), killNine(app!.process)]);
    const killedAt = Date.now();
    console.info(
      `kill -9 of the app and the engine after ${((killedAt - started) / 1000).toFixed(0)} s: ${inFlight} runs in flight, ${before.decided} of ${ids.length} decided, ${before.orders} bank orders, ${before.notifications} messages`,
    );

    engine = spawnEngine({
      port: enginePort,
      databaseUrl: database.url,
      schema: "inngest_drill",
      appUrls: [`${appUrl}/api/inngest`],
    });
    app = await startStandaloneServer(appEnv, appPort);
    await waitUntilReady(`${engineUrl}/health`, 60_000, engine);
    console.info(`both back in ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);

    const firstPass = await driveUntilSettled(db, chain, ids, { timeoutMs });
    const reviewed = [...firstPass].filter(([id, s]) => s === "AWAITING_REVIEW" && !answered.has(id)).map(([id]) => id);
    for (const id of reviewed) await completeReview(db, id, "ASSIGN", "Sənədlər yoxlanıldı, ailə yardıma layiqdir.");
    const statuses = await driveUntilSettled(db, chain, ids, { timeoutMs, settled: ["ASSIGNED", "REFUSED"] });
    const elapsed = Date.now() - started;

    const byStatus = [...statuses.values()].reduce<Record<string, number>>(
      (acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }),
      {},
    );
    const assigned = byStatus.ASSIGNED ?? 0;
    const orders = await db.bankAccountOrder.findMany({ select: { applicationId: true, status: true } });
    const ordersPerApplication = orders.length - new Set(orders.map((o) => o.applicationId)).size;
    const opened = orders.filter((o) => o.status === "OPENED").length;
    const duplicateMessages = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "applicationId", "kind", "channel" FROM "Notification" WHERE "fallbackOfId" IS NULL
        GROUP BY "applicationId", "kind", "channel" HAVING count(*) > 1) d`;
    const unsent = await db.notification.count({ where: { status: { notIn: ["SENT", "DELIVERED"] } } });
    const atBank = chain.bank.state.all();
    const bankDuplicates = atBank.length - new Set(atBank.map((o) => o.idempotencyKey)).size;
    const sent = chain.messaging.store.list();
    const providerDuplicates = sent.length - new Set(sent.map((m) => `${m.channel}|${m.to}|${m.text}`)).size;
    const unsettled = ids.length - statuses.size;

    console.info(
      `settled ${(elapsed / 1000) | 0} s after the first submission (${answered.size + reviewed.length} reviewed and assigned): ${JSON.stringify(byStatus)}, unsettled ${unsettled}`,
    );
    console.info(
      `bank: ${orders.length} order rows for ${assigned} assigned (${opened} opened), extra orders per application ${ordersPerApplication}; ${atBank.length} accounts at the bank, sharing an idempotency key ${bankDuplicates}`,
    );
    console.info(
      `messages: duplicates in the outbox (application, kind, channel) ${duplicateMessages[0]?.n}, not sent ${unsent}; provider received ${sent.length}, duplicates (channel, recipient, text) ${providerDuplicates}`,
    );
    const failed =
      unsettled > 0 ||
      ordersPerApplication > 0 ||
      orders.length !== assigned ||
      Number(duplicateMessages[0]?.n) > 0 ||
      bankDuplicates > 0 ||
      providerDuplicates > 0;
    if (failed) process.exitCode = 1;
  } finally {
    await chain.stop();
    await Promise.all([killNine(engine), app ? app.stop() : Promise.resolve()]);
    await db.$disconnect();
    await database.drop();
  }
}

await main();
process.exit(process.exitCode ?? 0);
