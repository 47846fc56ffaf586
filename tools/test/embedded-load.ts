// Load on the embedded start: the production build started as `npm start --prod --skip-build` without
// DATABASE_URL (PGlite), on its own ports and data directory, then 200 requests at once from signed-in citizens and
// staff — page loads, tRPC queries and mutations — while the chain runs 20 applications: 20 demo families sign in
// and submit through the citizens' tRPC procedures, the district inspectors record the visits through theirs, and
// each application is polled (with a generous deadline, no timing asserted) until the engine has decided it.
// Passes with every application decided, 0 HTTP 5xx and no database error in any log.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import {
  applyAsFamily,
  bookedVisits,
  familyStatuses,
  fetchDemoFamilies,
  recordVisit,
  unstickRecordedVisits,
  type DemoFamilyAnswer,
} from "../dev/demo-application";
import { embeddedPorts, startEmbeddedSystem } from "../dev/embedded-system";
import { citizenSession, describeError, Session, staffSession, until } from "../dev/http-session";

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

/** Every answer ≥ 500 any session got, the burst's and the chain's. */
const serverErrors: string[] = [];
const countServerError = (what: string) => void serverErrors.push(what);

const citizen = (i: number, fin = `LD${String(i).padStart(3, "0")}${"ABCDEFGHJK"[i % 10]}Z`.slice(0, 7)) =>
  citizenSession(app, inbox, { fin, phone: `+99450${String(7_000_000 + i).padStart(7, "0")}` }, countServerError);
const staffMember = (email: string) => staffSession(app, email, countServerError);

const CHAIN_APPLICATIONS = 20;
/** Where the engine's work on an application ends for this test: decided, or handed to a person. */
const DECIDED = ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"];
const bakuToday = () => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);

/** Demo families in districts with demo inspectors, "assign" and "refuse" mixed. */
async function demoFamilies(): Promise<DemoFamilyAnswer[]> {
  const agencies = `http://127.0.0.1:${ports.agencies}`;
  const [assign, refuse] = await Promise.all(
    (["assign", "refuse"] as const).map(async (expect) =>
      (await fetchDemoFamilies(agencies, expect)).filter((f) => f.inspectors.length > 0),
    ),
  );
  const mixed: DemoFamilyAnswer[] = [];
  for (let i = 0; i < Math.max(assign?.length ?? 0, refuse?.length ?? 0); i++)
    mixed.push(...[assign?.[i], refuse?.[i]].filter((f): f is DemoFamilyAnswer => f !== undefined));
  return mixed;
}

/**
 * The chain under the load: 20 families apply, their visits are recorded by the district inspectors once booked,
 * and each application is followed on the family's own list until decided. Returns the statuses reached.
 */
async function runChain(): Promise<{ decided: Map<string, string>; expected: Map<string, string> }> {
  const families = await demoFamilies();
  const applied = new Map<string, { family: DemoFamilyAnswer; session: Session; registrationNumber: string }>();
  const inspectors = new Map<string, Session>();
  const apply = async (i: number): Promise<void> => {
    const family = families[i] as DemoFamilyAnswer;
    const phone = `+99451${String(7_000_000 + i).padStart(7, "0")}`;
    const session = await citizen(100 + i, family.representativeFin);
    // A family the demo data already holds an application for (the demo cases of the start) is refused (4xx): it
    // is skipped and the next family applies. A 5xx is counted as a server error and fails the test.
    const outcome = await applyAsFamily(session, family, phone);
    if (!outcome.ok) return console.info(`chain: family ${i} refused: ${outcome.why}`);
    applied.set(outcome.applicationId, { family, session, registrationNumber: outcome.registrationNumber });
  };
  // Four families apply at a time, in the middle of the burst, until 20 have; one that could not is replaced.
  let next = 0;
  const applicant = async () => {
    while (applied.size < CHAIN_APPLICATIONS && next < families.length) {
      const i = next++;
      await apply(i).catch((error: unknown) =>
        console.info(`chain: family ${i} could not apply: ${describeError(error)}`),
      );
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
      for (const [registrationNumber, inspectionId] of await bookedVisits(inspector)) {
        const applicationId = ours.get(registrationNumber);
        if (!applicationId) continue;
        await recordVisit(inspector, inspectionId, bakuToday());
        recorded.add(applicationId);
      }
    }
    await unstickRecordedVisits(`http://127.0.0.1:${ports.inngest}`, recorded);
    for (const [id, a] of applied) {
      if (decided.has(id)) continue;
      const status = (await familyStatuses(a.session)).get(id) ?? "";
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
  const anonymous = new Session(app, countServerError);

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
        (error: unknown) => ({ n, status: 0, body: describeError(error) }),
      ),
    ),
  );
  const bad = statuses.filter((s) => s.status >= 500 || s.status === 0);
  const burstSeconds = (Date.now() - started) / 1000;
  const chainRun = await chain;
  // The start's own demo cases (tools/dev/demo-cases.ts) ran beside all this: they must be there too.
  const demoLine = () =>
    /\[demo\] no demo cases.*/.exec(embedded.log())?.[0] ??
    /\[demo\] the demo cases .*ready[^\n]*\n(?: {2}VEM-.*\n?){4}/.exec(embedded.log())?.[0] ??
    "";
  const demoCases = await until("the start's demo cases", 600_000, async () => demoLine() !== "").then(
    () => demoLine(),
    (error: unknown) => `[demo] no demo cases: ${describeError(error)}`,
  );
  console.info(demoCases.trim());
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
    chainRun.decided.size !== CHAIN_APPLICATIONS ||
    demoCases.startsWith("[demo] no demo cases");
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
