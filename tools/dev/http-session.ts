// A person at the running system over HTTP, as a browser would be: cookies kept, sign-in through Auth.js, tRPC
// calls in the superjson envelope. The embedded load test and the demo cases of `npm start` act through it.
import { z } from "zod";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";

/** Polls `probe` every second until it is true; throws after `ms`, with the probe's last error. */
export async function until(what: string, ms: number, probe: () => Promise<boolean>): Promise<void> {
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
}

/** An error's message with its cause (fetch says only "fetch failed"). */
export const describeError = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
    : String(error);

export class Session {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: string,
    /** Told of every answer ≥ 500 (the load test counts them). */
    private readonly onServerError: (what: string) => void = () => undefined,
  ) {}

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(`${this.app}${pathname}`, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      // A loaded machine answers slowly: PGlite runs every query of every process one after another.
      signal: AbortSignal.timeout(300_000),
    });
    if (res.status >= 500) this.onServerError(`${init.method ?? "GET"} ${pathname.slice(0, 80)}: HTTP ${res.status}`);
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }

  async signIn(provider: string, fields: Record<string, string>): Promise<void> {
    const { csrfToken } = z
      .object({ csrfToken: z.string() })
      .parse(await (await this.request("/api/auth/csrf")).json());
    const res = await this.request(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${this.app}/az` }).toString(),
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

const zTrpcEnvelope = z.object({ result: z.object({ data: z.object({ json: z.unknown() }) }) });

/** The `json` of a tRPC answer (superjson), or the answer's status and text when it is not a success. */
export async function trpcResult(
  res: Promise<Response>,
): Promise<{ ok: true; json: unknown } | { ok: false; text: string; status: number }> {
  const r = await res;
  const text = await r.text();
  if (!r.ok) return { ok: false, text: text.slice(0, 300), status: r.status };
  return { ok: true, json: zTrpcEnvelope.parse(JSON.parse(text)).result.data.json };
}

/** The `json` of a tRPC answer, checked by `schema`; throws with the answer's text when it is not a success. */
export async function trpcData<T>(res: Promise<Response>, schema: z.ZodType<T>, what: string): Promise<T> {
  const r = await trpcResult(res);
  if (!r.ok) throw new Error(`${what}: HTTP ${r.status} ${r.text}`);
  return schema.parse(r.json);
}

/** A citizen signed in by SMS code, read from the messaging fake's inbox (`inbox`: its origin). */
export async function citizenSession(
  app: string,
  inbox: string,
  person: { fin: string; phone: string },
  onServerError?: (what: string) => void,
): Promise<Session> {
  const s = new Session(app, onServerError);
  const zInbox = z.object({ messages: z.array(z.object({ text: z.string() })) });
  const read = async () =>
    zInbox.parse(await (await fetch(`${inbox}/api/messages?to=${encodeURIComponent(person.phone)}`)).json()).messages;
  // Only a message that arrives after the request holds the code (an earlier notice may hold six digits too).
  const before = (await read()).length;
  const asked = await s.trpcMutation("auth.requestCode", { ...person, locale: "az" });
  if (!asked.ok) throw new Error(`requesting a code: HTTP ${asked.status}`);
  let code = "";
  await until(`the code to ${person.phone}`, 60_000, async () => {
    const fresh = (await read()).slice(before);
    code = fresh.map((m) => /\b(\d{6})\b/.exec(m.text)?.[1]).find((c) => c !== undefined) ?? "";
    return code !== "";
  });
  await s.signIn("citizen-otp", { fin: person.fin, code, locale: "az" });
  return s;
}

/** A demo staff member signed in with the demo password. */
export async function staffSession(
  app: string,
  email: string,
  onServerError?: (what: string) => void,
): Promise<Session> {
  const s = new Session(app, onServerError);
  await s.signIn("staff-password", { email, password: DEMO_STAFF_PASSWORD });
  return s;
}
