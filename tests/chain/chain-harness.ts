import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { bakuDate } from "@/kernel/calendar-date";
import { startEngine, type RunningEngine } from "../../tools/inngest-local";
import { startTestApp } from "../../tools/inngest-local/test-support/app-server";
import { startAgencySimulator, type AgencySimulator } from "../../tools/agency-sim/start-agency-simulator";
import type { SimFaults } from "../../tools/agency-sim/faults";
import { startBankSim, type BankSim } from "../../tools/fakes/bank-sim";
import { startMessagingFake, type MessagingFake } from "../../tools/fakes/messaging-fake";
import { serveRoutes } from "../../tools/fakes/testing/route-server";

// The whole background chain in one process, as the integration tests and the benchmark need it: the local
// Inngest engine, the app's real functions served by the SDK's node adapter, the agency simulator, the messaging
// fake and the bank simulator. Nothing is mocked; the test only plays the citizen, the inspector and the reviewer.

const BANK_KEY = "bank-api-key-for-chain";
const BANK_SECRET = "bank-callback-secret-for-chain";
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

/** Districts the demo staff (tests/support/seed-reference.ts) has inspectors in. */
export const STAFFED_DISTRICTS = ["BAK-NASIMI", "BAK-SABUNCHU", "SUMGAYIT", "GANJA", "SHAKI", "LANKARAN"] as const;

export const zDemoFamily = z.object({
  districtCode: z.string(),
  address: z.string(),
  representativeFin: z.string(),
  expected: z.object({ countedMembers: z.number().int() }),
  members: z.array(
    z.object({
      fin: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      patronymic: z.string().nullable().optional(),
      birthDate: z.string(),
      relation: z.enum(["APPLICANT", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER"]),
    }),
  ),
  suggestedDeclaration: z.object({
    declaredFacts: z.array(z.object({ memberFin: z.string(), facts: z.unknown() })),
    assets: z.array(
      z.object({
        kind: z.enum(["VEHICLE", "REAL_ESTATE", "LAND", "LIVESTOCK", "LARGE_TRANSACTION", "OTHER"]),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
  }),
});
export type DemoFamily = z.infer<typeof zDemoFamily>;

export interface ChainOptions {
  databaseUrl: string;
  agencyLatencyMs?: number;
  agencyFaults?: SimFaults;
  engineConcurrency?: number;
  /**
   * Serves the functions somewhere else than in this process (the deployment tests: built servers behind a
   * proxy), given the environment the chain set up; returns the serve URL the engine syncs.
   */
  serveApp?: (env: NodeJS.ProcessEnv) => Promise<{ url: string; close(): Promise<void> }>;
  /**
   * An engine already running elsewhere (the kill drill: its own process, killed and restarted), instead of one
   * started in this process; the drill stops it itself.
   */
  engineUrl?: string;
  /**
   * An agency simulator already running elsewhere (a benchmark's own process, as the agencies are other machines),
   * instead of one in this process; its latency and faults are then set where it was started.
   */
  agencySimulatorUrl?: string;
}

export interface Chain {
  engine: Pick<RunningEngine, "url">;
  sim: AgencySimulator;
  messaging: MessagingFake;
  bank: BankSim;
  /** Families the simulator forecasts as assign / refuse / review, in a staffed district. */
  demoFamilies(expect: "assign" | "refuse" | "review", count: number): Promise<DemoFamily[]>;
  /** Writes the application as the wizard's submit does (SUBMITTED, number, dates) and announces it. */
  submit(db: Db, family: DemoFamily, seq: number): Promise<string>;
  /** The same rows, as left by a submit whose announcement was lost (the engine was unreachable). */
  submitUnannounced(db: Db, family: DemoFamily, seq: number): Promise<string>;
  /** Fires a function's cron now through the engine's admin API (e.g. "watch-decision-deadlines"). */
  fireCron(functionId: string): Promise<void>;
  /** The engine's runs, for failure messages. */
  runs(): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startChain(options: ChainOptions): Promise<Chain> {
  const sim = options.agencySimulatorUrl
    ? simulatorElsewhere(options.agencySimulatorUrl)
    : await startAgencySimulator({
        port: 0,
        latencyMs: options.agencyLatencyMs ?? 2,
        faults: options.agencyFaults ?? {},
        hangMs: 400,
      });
  const engine: Pick<RunningEngine, "url" | "stop"> = options.engineUrl
    ? { url: options.engineUrl, stop: async () => undefined }
    : await startEngine({
        databaseUrl: options.databaseUrl,
        schema: "inngest_chain",
        port: 0,
        backoffBaseMs: 20,
        // A step that fails every time reaches the last of its 20 retries in seconds, not hours.
        backoffMaxMs: 250,
        pollIntervalMs: 20,
        resyncIntervalMs: 0,
        logger: silent,
        ...(options.engineConcurrency ? { concurrency: options.engineConcurrency } : {}),
      });
  Object.assign(process.env, {
    DATABASE_URL: options.databaseUrl,
    INNGEST_DEV: engine.url,
    AGENCY_GATEWAY_BASE_URL: sim.url,
    // The production default: the gather asks all 20 agencies at once, and on a loaded 2-core machine the simulator
    // (in this process) may take longer than a tight timeout to answer, which would turn load into agency faults.
    AGENCY_TIMEOUT_MS: "5000",
    AGENCY_RETRY_ATTEMPTS: "3",
    AGENCY_RETRY_BASE_MS: "5",
    AGENCY_RETRY_MAX_MS: "20",
    RESEND_API_KEY: "re_chain_key",
    RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from("chain-webhook-secret-0123456789").toString("base64")}`,
    MAIL_FROM: "vemtas <no-reply@vemtas.example.az>",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "chain-auth-token",
    TWILIO_FROM: "+15005550006",
    NOTIFY_MAX_ATTEMPTS: "3",
    BANK_API_KEY: BANK_KEY,
    BANK_CALLBACK_SECRET: BANK_SECRET,
    BANK_TIMEOUT_MS: "2000",
    BANK_MAX_ATTEMPTS: "5",
  });
  // Loaded after the environment is set: the client, getDb() and the routes read it on first use.
  const [{ inngest }, { functions }, bankRoute] = await Promise.all([
    import("@/inngest/client"),
    import("@/inngest/functions"),
    import("@/app/api/webhooks/bank/route"),
  ]);
  const routes = await serveRoutes({ "/api/webhooks/bank": bankRoute.POST });
  process.env.APP_BASE_URL = routes.url;
  const messaging = await startMessagingFake({ port: 0, autoDeliverMs: null, resendWebhook: null });
  process.env.RESEND_BASE_URL = messaging.url;
  process.env.TWILIO_API_BASE_URL = messaging.url;
  const bank = await startBankSim({ port: 0, apiKey: BANK_KEY, callbackSecret: BANK_SECRET, callbackDelayMs: 30 });
  process.env.BANK_API_BASE_URL = bank.url;

  const app = options.serveApp ? await options.serveApp({ ...process.env }) : await startTestApp(inngest, functions);
  const sync = await fetch(new URL("/admin/sync", engine.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url: app.url }),
  });
  if (!sync.ok) throw new Error(`engine sync answered ${sync.status}: ${await sync.text()}`);
  const { announceSubmission } = await import("@/server/services/applications/announce-submission");

  return {
    engine,
    sim,
    messaging,
    bank,
    demoFamilies: async (expect, count) => {
      const res = await fetch(`${sim.url}/demo-families?expect=${expect}&limit=50&date=${bakuDate(new Date())}`);
      const all = z.object({ families: z.array(zDemoFamily) }).parse(await res.json()).families;
      // Families outside the staffed districts are moved into one: the visit needs an inspector.
      return all
        .slice(0, count)
        .map((f, i) =>
          (STAFFED_DISTRICTS as readonly string[]).includes(f.districtCode)
            ? f
            : { ...f, districtCode: STAFFED_DISTRICTS[i % STAFFED_DISTRICTS.length]! },
        );
    },
    submit: async (db, family, seq) => {
      const id = await writeSubmitted(db, family, seq);
      await announceSubmission(id);
      return id;
    },
    submitUnannounced: writeSubmitted,
    fireCron: async (functionId) => {
      const res = await fetch(new URL(`/admin/functions/vemtas-${functionId}/fire-cron`, engine.url), {
        method: "POST",
      });
      if (!res.ok) throw new Error(`fire-cron ${functionId} answered ${res.status}: ${await res.text()}`);
    },
    runs: async () => (await fetch(new URL("/admin/runs?limit=20", engine.url))).json(),
    stop: async () => {
      await engine.stop();
      await app.close();
      await Promise.allSettled([sim.stop(), messaging.stop(), bank.stop(), routes.stop()]);
    },
  };
}

/** A simulator in another process: its address only; what would change it here says so. */
function simulatorElsewhere(url: string): AgencySimulator {
  const elsewhere = () => {
    throw new Error(`the agency simulator at ${url} runs in another process: set it up where it was started`);
  };
  return {
    url,
    stop: async () => undefined,
    setFaults: elsewhere,
    setLatency: elsewhere,
    requestCount: elsewhere,
    mostAtOnce: elsewhere,
    resetCounts: elsewhere,
  };
}

/** The rows the wizard's submit leaves: the family, its declaration, SUBMITTED with number and dates. */
async function writeSubmitted(db: Db, family: DemoFamily, seq: number): Promise<string> {
  const { decisionDueDate } = await import("@/server/services/applications/decision-due-date");
  const today = bakuDate(new Date());
  const { dueOn } = await decisionDueDate(db, today);
  const rep = family.members[0]!;
  const user = await db.user.upsert({
    where: { fin: family.representativeFin },
    update: {},
    create: { fin: family.representativeFin, role: "CITIZEN", name: rep.firstName },
  });
  const facts = new Map(family.suggestedDeclaration.declaredFacts.map((d) => [d.memberFin, d.facts]));
  const now = new Date();
  const app = await db.application.create({
    data: {
      applicantId: user.id,
      status: "SUBMITTED",
      registrationNumber: `VEM-${today.slice(0, 4)}-${String(900000 + seq)}`,
      districtCode: family.districtCode,
      address: family.address,
      contactPhone: `+99450${String(1000000 + seq)}`,
      contactEmail: seq % 2 === 0 ? `family${seq}@example.az` : null,
      preferredChannel: seq % 2 === 0 ? "EMAIL" : "SMS",
      submittedAt: now,
      consentGivenAt: now,
      applicationDate: new Date(`${today}T00:00:00Z`),
      decisionDueOn: new Date(`${dueOn}T00:00:00Z`),
      members: {
        create: family.members.map((m, i) => ({
          fin: m.fin,
          firstName: m.firstName,
          lastName: m.lastName,
          patronymic: m.patronymic ?? null,
          birthDate: new Date(`${m.birthDate}T00:00:00Z`),
          relation: m.relation,
          declaredFacts: facts.get(m.fin) as Prisma.InputJsonValue | undefined,
          position: i,
        })),
      },
      declaredAssets: {
        create: family.suggestedDeclaration.assets.map((a) => ({
          kind: a.kind,
          details: a.details as Prisma.InputJsonValue,
        })),
      },
      statusChanges: {
        create: { fromStatus: "DRAFT", toStatus: "SUBMITTED", actorKind: "CITIZEN", actorUserId: user.id, at: now },
      },
    },
  });
  return app.id;
}
