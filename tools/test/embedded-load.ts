// Load on the embedded start: the production build started as `npm start --prod --skip-build` without
// DATABASE_URL (PGlite), on its own ports and data directory, then 200 requests at once from signed-in citizens and
// staff — page loads, tRPC queries and mutations. Passes with 0 HTTP 5xx and no database error in any log.
// The chain of 20 applications to a decision is NOT part of it yet.
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
const DATABASE_ERROR = /bind message|prepared statement|portal "[^"]*" does not exist|current transaction is aborted|PrismaClient\w*Error|DriverAdapterError|\bP[12]\d{3}\b|Connection terminated/i;

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("no production build: run `node --import tsx tools/test/next-build.ts` first");
  process.exit(1);
}

const until = async (what: string, ms: number, probe: () => Promise<boolean>) => {
  const deadline = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
};

class Session {
  private readonly cookies = new Map<string, string>();

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(`${app}${pathname}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      signal: AbortSignal.timeout(120_000),
    });
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
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`${provider} sign-in failed: HTTP ${res.status}`);
  }

  trpcQuery(proc: string, input: unknown): Promise<Response> {
    return this.request(`/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  }

  trpcMutation(proc: string, input: unknown): Promise<Response> {
    return this.request(`/api/trpc/${proc}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
  }
}

async function citizen(i: number): Promise<Session> {
  const s = new Session();
  const fin = `LD${String(i).padStart(3, "0")}${"ABCDEFGHJK"[i % 10]}Z`.slice(0, 7);
  const phone = `+99450${String(7_000_000 + i).padStart(7, "0")}`;
  const asked = await s.trpcMutation("auth.requestCode", { fin, phone, locale: "az" });
  if (!asked.ok) throw new Error(`requesting a code: HTTP ${asked.status}`);
  let code = "";
  await until(`the code to ${phone}`, 60_000, async () => {
    const { messages } = (await (await fetch(`${inbox}/api/messages?to=${encodeURIComponent(phone)}`)).json()) as { messages: { text: string }[] };
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

const embedded = startEmbeddedSystem(ports, dataDir);
const system = embedded.process;

let failed = false;
try {
  await until("the embedded system's start", 600_000, async () => {
    if (system.exitCode !== null) throw new Error(`the system exited with code ${system.exitCode}:\n${embedded.log().slice(-3000)}`);
    return (await fetch(`http://127.0.0.1:${ports.app}/api/health`, { signal: AbortSignal.timeout(5000) })).ok;
  });
  const citizens = await Promise.all([1, 2, 3, 4].map(citizen));
  const staff = await Promise.all(["caseworker.nasimi@vemtas.local", "supervisor.ganja@vemtas.local", "admin@vemtas.local"].map(staffMember));
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
  const statuses = await Promise.all(
    Array.from({ length: 200 }, (_, n) =>
      (kinds[n % kinds.length] as (n: number) => Promise<Response>)(n).then(
        async (res) => ({ n, status: res.status, body: res.status >= 500 ? (await res.text()).slice(0, 300) : "" }),
        (error: unknown) => ({ n, status: 0, body: error instanceof Error ? error.message : String(error) }),
      ),
    ),
  );
  const bad = statuses.filter((s) => s.status >= 500 || s.status === 0);
  const byStatus = new Map<number, number>();
  for (const s of statuses) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
  console.info(`200 requests in ${((Date.now() - started) / 1000).toFixed(1)} s; by status: ${[...byStatus].map(([k, v]) => `${k}×${v}`).join(", ")}`);
  const dbErrors = embedded.log().split("\n").filter((line) => DATABASE_ERROR.test(line));
  for (const b of bad.slice(0, 10)) console.error(`request ${b.n}: ${b.status} ${b.body}`);
  for (const line of dbErrors.slice(0, 20)) console.error(`log: ${line}`);
  console.info(`${bad.length} server errors, ${dbErrors.length} database errors in the logs`);
  failed = bad.length > 0 || dbErrors.length > 0;
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
