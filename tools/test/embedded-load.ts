// Load on the embedded start: the production build started as `npm start --prod --skip-build` without
// DATABASE_URL (PGlite), on its own ports and data directory, then 200 requests at once from signed-in citizens and
// staff — page loads, tRPC queries and mutations — while the chain runs 20 applications: 20 demo families sign in
// and submit through the citizens' tRPC procedures, the district inspectors record the visits through theirs, and
// each application is polled (with a generous deadline, no timing asserted) until the engine has decided it.
// Passes with every application decided, 0 HTTP 5xx and no database error in any log.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";
import { embeddedPorts, startEmbeddedSystem } from "../dev/embedded-system";

const root = path.resolve(import.meta.dirname, "../..");
const base = Number(process.env.LOAD_PORT_BASE ?? 3180);
const ports = embeddedPorts(base);
const app = `http://localhost:${ports.app}`;
const inbox = `http://127.0.0.1:${ports.messaging}`;
const dataDir = path.join(root, ".data-load");
// What a broken shared session looks like in the logs of the app, the engine or the seed.
const DATABASE_ERROR =
  /bind message|prepared statement|portal "[^"]*" does not exist|current transaction is aborted|PrismaClient\w*Error|DriverAdapterError|\bP[12]\d{3}\b|Connection terminated/i;

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("no production build: run `node --import tsx tools/test/next-build.ts` first");
  process.exit(1);
}

const until = async (what: string, ms: number, probe: () => Promise<boolean>) => {
  const deadline = Date.now() + ms;
  let last = "";
  while (
    !(await probe().catch((error: unknown) => {
      last = error instanceof Error ? error.message : String(error);
      return false;
    }))
  ) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s${last ? ` (last: ${last})` : ""}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
};

/** An error's message with its cause (fetch says only "fetch failed"). */
const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
    : String(error);

/** Every answer ≥ 500 any session got, the burst's and the chain's. */
const serverErrors: string[] = [];

class Session {
  private readonly cookies = new Map<string, string>();

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(`${app}${pathname}`, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      // A loaded machine answers slowly: PGlite runs every query of every process one after another.
      signal: AbortSignal.timeout(300_000),
    });
    if (res.status >= 500) serverErrors.push(`${init.method ?? "GET"} ${pathname.slice(0, 80)}: HTTP ${res.status}`);
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }

  async signIn(provider: string, fields: Record<string, string>): Promise<void> {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.request(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${app}/az` }).toString(),
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token")))
      throw new Error(`${provider} sign-in failed: HTTP ${res.status}`);
  }

  trpcQuery(proc: string, input: unknown): Promise<Response> {
    return this.request(`/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  }

  trpcMutation(proc: string, input: unknown): Promise<Response> {
    return this.request(`/api/trpc/${proc}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
  }
}

async function citizen(
  i: number,
  fin = `LD${String(i).padStart(3, "0")}${"ABCDEFGHJK"[i % 10]}Z`.slice(0, 7),
): Promise<Session> {
  const s = new Session();
  const phone = `+99450${String(7_000_000 + i).padStart(7, "0")}`;
  const asked = await s.trpcMutation("auth.requestCode", { fin, phone, locale: "az" });
  if (!asked.ok) throw new Error(`requesting a code: HTTP ${asked.status}`);
  let code = "";
  await until(`the code to ${phone}`, 60_000, async () => {
    const { messages } = (await (await fetch(`${inbox}/api/messages?to=${encodeURIComponent(phone)}`)).json()) as {
      messages: { text: string }[];
    };
    code = /\b(\d{6})\b/.exec(messages.at(-1)?.text ?? "")?.[1] ?? "";
    return code !== "";
  });
  await s.signIn("citizen-otp", { fin, code, locale: "az" });
  return s;
}

async function staffMember(email: string): Promise<Session> {
  const s = new Session();
  await s.signIn("staff-password", { email, password: DEMO_STAFF_PASSWORD });
  return s;
}

/** The `json` of a tRPC answer (superjson); throws with the answer's text when it is not a success. */
async function data<T>(res: Promise<Response>, what: string): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (!r.ok) throw new Error(`${what}: HTTP ${r.status} ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
}

/** A family the agency simulator knows (tools/agency-sim/demo-families.ts), as its /demo-families answers. */
interface DemoFamily {
  districtCode: string;
  inspectors: string[];
  address: string;
  representativeFin: string;
  expected: { outcome: string };
  members: {
    fin: string;
    firstName: string;
    lastName: string;
    patronymic: string | null;
    birthDate: string;
    relation: string;
  }[];
  suggestedDeclaration: {
    declaredFacts: { memberFin: string; facts: { caresFor: { fin: string }[] } }[];
    assets: { kind: string; details: Record<string, string | number> }[];
  };
}

/** The wizard's draft for a demo family, entered exactly as the registers know it (as e2e/support/chain.ts types it). */
function draftOf(family: DemoFamily, phone: string) {
  const [rep, ...others] = family.members;
  if (!rep || rep.fin !== family.representativeFin) throw new Error("the representative is not the first member");
  const d = family.suggestedDeclaration;
  return {
    step: 5,
    contact: {
      firstName: rep.firstName,
      lastName: rep.lastName,
      patronymic: rep.patronymic ?? "",
      birthDate: rep.birthDate,
      phone,
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: family.districtCode, address: family.address },
    members: others.map((m, i) => ({
      key: `m${i}`,
      fin: m.fin,
      firstName: m.firstName,
      lastName: m.lastName,
      patronymic: m.patronymic ?? "",
      birthDate: m.birthDate,
      relation: m.relation,
    })),
    declarations: {
      incomes: [],
      assets: d.assets.map((a, i) => ({
        key: `a${i}`,
        kind: a.kind,
        description:
          a.kind === "VEHICLE"
            ? String(a.details.plate)
            : a.kind === "REAL_ESTATE"
              ? String(a.details.address)
              : a.kind,
        quantity:
          a.kind === "LAND" ? Number(a.details.areaM2) : a.kind === "LIVESTOCK" ? Number(a.details.count) : null,
        valueQepik: null,
      })),
      notWorking: d.declaredFacts.flatMap((f) =>
        f.facts.caresFor[0]
          ? [{ memberFin: f.memberFin, reason: "CARES_FOR_MEMBER", caresForFin: f.facts.caresFor[0].fin }]
          : [],
      ),
    },
    consent: { agreed: true },
  };
}

const CHAIN_APPLICATIONS = 20;
/** Where the engine's work on an application ends for this test: decided, or handed to a person. */
const DECIDED = ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"];
const bakuToday = () => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);

/** Demo families in districts with demo inspectors, "assign" and "refuse" mixed. */
async function demoFamilies(): Promise<DemoFamily[]> {
  const lists = await Promise.all(
    ["assign", "refuse"].map(async (expect) => {
      const res = await fetch(`http://127.0.0.1:${ports.agencies}/demo-families?expect=${expect}&limit=50`);
      if (!res.ok) throw new Error(`demo families (${expect}): HTTP ${res.status}`);
      return ((await res.json()) as { families: DemoFamily[] }).families.filter((f) => f.inspectors.length > 0);
    }),
  );
  const [assign = [], refuse = []] = lists;
  const mixed: DemoFamily[] = [];
  for (let i = 0; i < Math.max(assign.length, refuse.length); i++)
    mixed.push(...[assign[i], refuse[i]].filter((f): f is DemoFamily => f !== undefined));
  return mixed;
}

/** The engine's running runs waiting for a visit whose result is already recorded: moved on, as the real wait's timeout would. */
async function unstickVisits(recorded: Set<string>): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${ports.inngest}/admin/runs?status=running&limit=1000`);
  if (!res.ok) return;
  const { runs } = (await res.json()) as {
    runs: {
      id: string;
      event?: { data?: { applicationId?: string } };
      steps: { name: string | null; status: string }[];
    }[];
  };
  for (const run of runs) {
    const waiting = run.steps.find((s) => s.status === "waiting")?.name ?? "";
    if (waiting.startsWith("wait-inspection-") && recorded.has(run.event?.data?.applicationId ?? "")) {
      await fetch(`http://127.0.0.1:${ports.inngest}/admin/runs/${run.id}/fast-forward`, { method: "POST" });
    }
  }
}

/**
 * The chain under the load: 20 families apply, their visits are recorded by the district inspectors once booked,
 * and each application is followed on the family's own list until decided. Returns the statuses reached.
 */
async function runChain(): Promise<{ decided: Map<string, string>; expected: Map<string, string> }> {
  const families = await demoFamilies();
  const applied = new Map<string, { family: DemoFamily; session: Session; registrationNumber: string }>();
  const inspectors = new Map<string, Session>();
  const apply = async (i: number): Promise<void> => {
    const family = families[i] as DemoFamily;
    const phone = `+99451${String(7_000_000 + i).padStart(7, "0")}`;
    const session = await citizen(100 + i, family.representativeFin);
    // A family the demo data already holds an application for may be refused (4xx): it is skipped and the next
    // family applies. A 5xx is counted as a server error (Session.request) and fails the test.
    const step = async <T>(res: Promise<Response>, what: string): Promise<T | null> => {
      const r = await res;
      const text = await r.text();
      if (!r.ok) {
        console.info(`chain: ${what} for family ${i} refused (HTTP ${r.status}): ${text.slice(0, 200)}`);
        return null;
      }
      return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
    };
    const started = await step<{ id: string }>(
      session.trpcMutation("application.start", { locale: "az", districtCode: family.districtCode }),
      "application.start",
    );
    if (!started) return;
    const saved = await step<{ version: number }>(
      session.trpcMutation("application.saveDraft", {
        applicationId: started.id,
        expectedVersion: 0,
        draft: draftOf(family, phone),
      }),
      "application.saveDraft",
    );
    if (!saved) return;
    const submitted = await step<{ registrationNumber: string }>(
      session.trpcMutation("application.submit", {
        applicationId: started.id,
        expectedVersion: saved.version,
        locale: "az",
      }),
      "application.submit",
    );
    if (!submitted) return;
    applied.set(started.id, { family, session, registrationNumber: submitted.registrationNumber });
  };
  // Four families apply at a time, in the middle of the burst, until 20 have; one that could not is replaced.
  let next = 0;
  const applicant = async () => {
    while (applied.size < CHAIN_APPLICATIONS && next < families.length) {
      const i = next++;
      await apply(i).catch((error: unknown) => console.info(`chain: family ${i} could not apply: ${describe(error)}`));
    }
  };
  await Promise.all([applicant(), applicant(), applicant(), applicant()]);
  // Four at a time may overshoot by up to three: the test follows the first 20.
  for (const id of [...applied.keys()].slice(CHAIN_APPLICATIONS)) applied.delete(id);
  for (const { family } of applied.values())
    for (const email of family.inspectors) if (!inspectors.has(email)) inspectors.set(email, await staffMember(email));
  if (applied.size < CHAIN_APPLICATIONS)
    throw new Error(`only ${applied.size} of ${CHAIN_APPLICATIONS} demo families could apply`);
  console.info(`chain: ${applied.size} applications submitted; ${inspectors.size} inspectors at work`);

  const ours = new Map([...applied].map(([id, a]) => [a.registrationNumber, id]));
  const recorded = new Set<string>();
  const decided = new Map<string, string>();
  await until(`the engine's decision on ${CHAIN_APPLICATIONS} applications`, 1_200_000, async () => {
    for (const inspector of inspectors.values()) {
      const packet = await data<{
        visits: { inspectionId: string; status: string; registrationNumber: string | null }[];
      }>(inspector.trpcQuery("inspection.packet", undefined), "inspection.packet");
      for (const visit of packet.visits) {
        const applicationId = ours.get(visit.registrationNumber ?? "");
        if (visit.status !== "SCHEDULED" || !applicationId) continue;
        const result = {
          version: 1,
          visitedOn: bakuToday(),
          housing: { type: "APARTMENT", condition: "SATISFACTORY", rooms: 3 },
          meters: [],
          landAreaSqm: 0,
          livestock: [],
          vehicles: [],
          largePurchases: [],
          membersPresent: [],
          notes: "",
          judgement: null,
        };
        await data(
          inspector.trpcMutation("inspection.record", { inspectionId: visit.inspectionId, result }),
          "inspection.record",
        );
        recorded.add(applicationId);
      }
    }
    await unstickVisits(recorded);
    for (const [id, a] of applied) {
      if (decided.has(id)) continue;
      const { rows } = await data<{ rows: { id: string; status: string }[] }>(
        a.session.trpcQuery("application.list", undefined),
        "application.list",
      );
      const status = rows.find((r) => r.id === id)?.status ?? "";
      if (DECIDED.includes(status)) decided.set(id, status);
    }
    return decided.size === applied.size;
  });
  return { decided, expected: new Map([...applied].map(([id, a]) => [id, a.family.expected.outcome])) };
}

const embedded = startEmbeddedSystem(ports, dataDir);
const system = embedded.process;

let failed = false;
try {
  await until("the embedded system's start", 600_000, async () => {
    if (system.exitCode !== null)
      throw new Error(`the system exited with code ${system.exitCode}:\n${embedded.log().slice(-3000)}`);
    return (await fetch(`http://127.0.0.1:${ports.app}/api/health`, { signal: AbortSignal.timeout(5000) })).ok;
  });
  const citizens = await Promise.all([1, 2, 3, 4].map((i) => citizen(i)));
  const staff = await Promise.all(
    ["caseworker.nasimi@vemtas.local", "supervisor.ganja@vemtas.local", "admin@vemtas.local"].map(staffMember),
  );
  const anonymous = new Session();

  const kinds: ((n: number) => Promise<Response>)[] = [
    (n) => anonymous.request(["/az", "/ru/sign-in", "/en"][n % 3] ?? "/az"),
    (n) => (citizens[n % citizens.length] as Session).request("/az/my"),
    (n) => (citizens[n % citizens.length] as Session).trpcQuery("application.list", undefined),
    (n) => (citizens[n % citizens.length] as Session).trpcMutation("application.start", { locale: "az" }),
    (n) => (staff[n % staff.length] as Session).request("/az/staff"),
    (n) => (staff[n % staff.length] as Session).trpcQuery("application.list", { status: "SUBMITTED" }),
    () => anonymous.trpcQuery("reference.districts", undefined),
  ];
  const started = Date.now();
  // The chain starts with the burst and goes on until decided; its own failures are reported after the burst's.
  const chain = runChain().then(
    (r) => ({ ...r, error: null }),
    (error: unknown) => ({
      decided: new Map<string, string>(),
      expected: new Map<string, string>(),
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  const statuses = await Promise.all(
    Array.from({ length: 200 }, (_, n) =>
      (kinds[n % kinds.length] as (n: number) => Promise<Response>)(n).then(
        async (res) => ({ n, status: res.status, body: res.status >= 500 ? (await res.text()).slice(0, 300) : "" }),
        (error: unknown) => ({ n, status: 0, body: describe(error) }),
      ),
    ),
  );
  const bad = statuses.filter((s) => s.status >= 500 || s.status === 0);
  const burstSeconds = (Date.now() - started) / 1000;
  const chainRun = await chain;
  const outcomes = new Map<string, number>();
  for (const [id, status] of chainRun.decided) {
    const key = `${status} (expected ${chainRun.expected.get(id) ?? "?"})`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  const byStatus = new Map<number, number>();
  for (const s of statuses) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
  console.info(
    `200 requests in ${burstSeconds.toFixed(1)} s; by status: ${[...byStatus].map(([k, v]) => `${k}×${v}`).join(", ")}`,
  );
  console.info(
    `chain: ${chainRun.decided.size} of ${CHAIN_APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(0)} s: ${[...outcomes].map(([k, v]) => `${k}×${v}`).join(", ")}`,
  );
  if (chainRun.error) console.error(`chain: ${chainRun.error}`);
  const dbErrors = embedded
    .log()
    .split("\n")
    .filter((line) => DATABASE_ERROR.test(line));
  for (const b of bad.slice(0, 10)) console.error(`request ${b.n}: ${b.status} ${b.body}`);
  for (const line of dbErrors.slice(0, 20)) console.error(`log: ${line}`);
  for (const e of serverErrors.slice(0, 10)) console.error(`server error: ${e}`);
  console.info(
    `${serverErrors.length} server errors (${bad.length} in the burst), ${dbErrors.length} database errors in the logs`,
  );
  failed =
    bad.length > 0 ||
    serverErrors.length > 0 ||
    dbErrors.length > 0 ||
    chainRun.error !== null ||
    chainRun.decided.size !== CHAIN_APPLICATIONS;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(embedded.log().slice(-4000));
  failed = true;
} finally {
  system.kill("SIGTERM");
  await new Promise((r) => system.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
