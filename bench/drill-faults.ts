/**
 * Reliability drill (issue 18; not in CI): N applications through the whole background chain while 20 % of agency
 * answers fail (errors, timeouts, malformed replies), the bank fails its first orders (503s, then time-outs after
 * which it opens the account anyway: the answer is lost, not the order) and the SMS and e-mail providers fail their
 * first sends (SMS: the reply is lost after the message went out, the hardest case). Every application must settle
 * (ASSIGNED, REFUSED or AWAITING_REVIEW with its run ended), and duplicates are counted in SQL and at the fakes:
 * bank orders per application, orders per idempotency key at the bank, outbox rows per message, messages at the
 * provider per recipient and text. Exits non-zero on any duplicate or anything unsettled.
 * The engine runs in its own process (the app's functions, the fakes and the drill in this one), as in production.
 *   npx tsx bench/drill-faults.ts [--count 1000] [--agency-fault-rate 0.2] [--timeout-minutes 90]
 *     [--engine-concurrency N]
 * Needs PostgreSQL (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { parseArgs } from "node:util";
import { withOwnFins } from "./support/own-fins";
import { withServerModules } from "./support/with-server-modules";
import { killNine, spawnEngine } from "./support/engine-process";

withServerModules(import.meta.filename);

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    "agency-fault-rate": { type: "string", default: "0.2" },
    "timeout-minutes": { type: "string", default: "90" },
    "engine-concurrency": { type: "string" },
  },
});
const count = Number(values.count);
const faultRate = Number(values["agency-fault-rate"]);

async function main() {
  const [
    { freshDatabase },
    { assertSucceeded, runPrisma },
    { createPrismaClient },
    { seedReference },
    { seedLawData },
    { startChain },
    { driveUntilSettled },
    { freePort },
    { waitUntilReady },
  ] = await Promise.all([
    import("../tests/support/fresh-database"),
    import("../tests/support/prisma-cli"),
    import("@/server/db/create-client"),
    import("../tests/support/seed-reference"),
    import("../prisma/seed/seed-law-data"),
    import("../tests/chain/chain-harness"),
    import("../tests/chain/chain-actors"),
    import("../tests/deploy/standalone-server"),
    import("../tools/dev/child-process"),
  ]);
  const { completeReview } = await import("../tests/chain/chain-actors");
  const database = await freshDatabase("drill_faults");
  assertSucceeded(await runPrisma(["migrate", "deploy"], database.url), "prisma migrate deploy");
  const db = createPrismaClient(database.url);
  await seedReference(db);
  await seedLawData(db);
  const enginePort = await freePort();
  const engineUrl = `http://127.0.0.1:${enginePort}`;
  const engine = spawnEngine({
    port: enginePort,
    databaseUrl: database.url,
    schema: "inngest_drill",
    appUrls: [],
    concurrency: values["engine-concurrency"] ? Number(values["engine-concurrency"]) : undefined,
  });
  await waitUntilReady(`${engineUrl}/health`, 60_000, engine);
  // A fifth of agency answers break, split over the three ways an agency breaks.
  const third = faultRate / 3;
  const chain = await startChain({
    databaseUrl: database.url,
    agencyLatencyMs: 20,
    agencyFaults: { errorRate: third, timeoutRate: third, malformedRate: third },
    engineUrl,
  });
  const post = (url: string, body: unknown) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
      (r) => {
        if (!r.ok) throw new Error(`${url} answered ${r.status}`);
      },
    );
  try {
    const firstTries = Math.max(1, Math.ceil(count / 10));
    await post(`${chain.bank.url}/__control/fail-next`, { count: firstTries, status: 503 });
    await post(`${chain.messaging.url}/api/fail`, { channel: "sms", count: firstTries, mode: "lost-reply" });
    await post(`${chain.messaging.url}/api/fail`, { channel: "email", count: firstTries, mode: "transient" });

    // The simulator offers at most 50 demo families of each outcome; families repeat across applications with
    // their own FINs replaced, as the chain test's families do not carry over between applications.
    const pool = (
      await Promise.all([
        chain.demoFamilies("assign", 50),
        chain.demoFamilies("refuse", 50),
        chain.demoFamilies("review", 50),
      ])
    ).flat();
    const started = Date.now();
    const ids: string[] = [];
    // Submitted in waves so the first bank time-outs land while applications are still coming in.
    for (let i = 0; i < count; i += 50) {
      const wave = Array.from({ length: Math.min(50, count - i) }, (_, j) => i + j);
      ids.push(
        ...(await Promise.all(wave.map((n) => chain.submit(db, withOwnFins(pool[n % pool.length]!, n), 1000 + n)))),
      );
      if (i === 0) await post(`${chain.bank.url}/__control/timeout-next`, { count: firstTries, processAnyway: true });
    }
    const timeoutMs = Number(values["timeout-minutes"]) * 60_000;
    const firstPass = await driveUntilSettled(db, chain, ids, { timeoutMs, arrangeUnplaced: true });
    // The reviewer assigns every case sent to review, so that every application reaches a final decision and
    // the assigned ones the bank and the notices.
    const reviewed = [...firstPass].filter(([, s]) => s === "AWAITING_REVIEW").map(([id]) => id);
    for (const id of reviewed) await completeReview(db, id, "ASSIGN", "Sənədlər yoxlanıldı, ailə yardıma layiqdir.");
    const statuses = await driveUntilSettled(db, chain, ids, {
      timeoutMs,
      settled: ["ASSIGNED", "REFUSED"],
      arrangeUnplaced: true,
    });
    const elapsed = Date.now() - started;

    const byStatus = [...statuses.values()].reduce<Record<string, number>>(
      (acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }),
      {},
    );
    const duplicateOrders = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "applicationId" FROM "BankAccountOrder" GROUP BY "applicationId" HAVING count(*) > 1) d`;
    // One message per application, kind, channel and recipient: a review request goes to each of the district's
    // caseworkers, so several rows of one kind for one application are not duplicates when their recipients differ.
    const duplicateMessages = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "applicationId", "kind", "channel", "recipient" FROM "Notification"
        WHERE "fallbackOfId" IS NULL GROUP BY "applicationId", "kind", "channel", "recipient" HAVING count(*) > 1) d`;
    const severalRecipients = await db.$queryRaw<{ kind: string; groups: bigint }[]>`
      SELECT "kind", count(*) AS groups FROM (SELECT "applicationId", "kind" FROM "Notification" WHERE "fallbackOfId" IS NULL
        GROUP BY "applicationId", "kind", "channel" HAVING count(*) > 1) d GROUP BY "kind"`;
    const ordersByStatus = await db.bankAccountOrder.groupBy({ by: ["status"], _count: true });
    const duplicatePaymentOrders = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "applicationId" FROM "BankAccountOrder" WHERE "status" = 'OPENED' GROUP BY "applicationId" HAVING count(*) > 1) d`;
    const orders = await db.bankAccountOrder.count();
    const bankOrders = chain.bank.state.all();
    const bankDuplicates = bankOrders.length - new Set(bankOrders.map((o) => o.idempotencyKey)).size;
    const sent = chain.messaging.store.list();
    const providerDuplicates = sent.length - new Set(sent.map((m) => `${m.channel}|${m.to}|${m.text}`)).size;
    const rows = await db.notification.groupBy({ by: ["status"], _count: true });
    const unsettled = ids.length - statuses.size;

    console.info(
      `drill: ${ids.length} applications, agency fault rate ${faultRate}, first ${firstTries} bank orders failing (503) and ${firstTries} timing out, first ${firstTries} SMS (reply lost) and e-mails (503) failing`,
    );
    console.info(
      `settled in ${(elapsed / 1000).toFixed(0)} s (${reviewed.length} went to review and were assigned by the reviewer): ${JSON.stringify(byStatus)}, unsettled ${unsettled}`,
    );
    console.info(
      `bank: ${orders} orders in the database (${JSON.stringify(Object.fromEntries(ordersByStatus.map((r) => [r.status, r._count])))}), ${bankOrders.length} at the bank (${chain.bank.state.requests} requests); applications with more than one order: ${duplicateOrders[0]?.n}, with more than one opened account: ${duplicatePaymentOrders[0]?.n}; orders at the bank sharing an idempotency key: ${bankDuplicates}`,
    );
    console.info(
      `messages: outbox ${JSON.stringify(Object.fromEntries(rows.map((r) => [r.status, r._count])))}; outbox duplicates (application, kind, channel, recipient): ${duplicateMessages[0]?.n}; one kind to several recipients of one application: ${JSON.stringify(Object.fromEntries(severalRecipients.map((r) => [r.kind, Number(r.groups)])))}; provider received ${sent.length}, duplicates (channel, recipient, text): ${providerDuplicates}`,
    );
    const failed =
      unsettled > 0 ||
      Number(duplicateOrders[0]?.n) > 0 ||
      Number(duplicateMessages[0]?.n) > 0 ||
      bankDuplicates > 0 ||
      providerDuplicates > 0;
    if (failed) process.exitCode = 1;
  } finally {
    await chain.stop();
    await killNine(engine);
    await db.$disconnect();
    await database.drop();
  }
}

await main();
process.exit(process.exitCode ?? 0);
