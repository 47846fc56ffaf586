import { z } from "zod";

/** Reads the engine's admin API, so tests and the benchmark observe runs the way a developer would. */
export const ZAdminStep = z.object({
  id: z.string(),
  name: z.string().nullable(),
  op: z.string(),
  status: z.string(),
  attempts: z.number(),
  data: z.unknown(),
  error: z.unknown(),
});

export const ZAdminRun = z.object({
  id: z.string(),
  function_id: z.string(),
  status: z.enum(["running", "completed", "failed", "cancelled"]),
  event: z.record(z.string(), z.unknown()),
  output: z.unknown(),
  error: z.unknown(),
  parent_run_id: z.string().nullable(),
  created_at: z.string(),
  ended_at: z.string().nullable(),
  steps: z.array(ZAdminStep),
  history: z.array(z.object({ at: z.string(), kind: z.string(), step: z.string().nullable(), detail: z.unknown() })),
});
export type TAdminRun = z.infer<typeof ZAdminRun>;

export async function listRuns(
  engineUrl: string,
  query: { functionId?: string; status?: string } = {},
): Promise<TAdminRun[]> {
  const url = new URL("/admin/runs", engineUrl);
  if (query.functionId) url.searchParams.set("function_id", query.functionId);
  if (query.status) url.searchParams.set("status", query.status);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return z.object({ runs: z.array(ZAdminRun) }).parse(await res.json()).runs;
}

export async function postJson(url: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${text}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Polls until `check` returns a value, or fails with the engine's view of every run (why it did not happen). */
export async function pollUntil<T>(
  engineUrl: string,
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 15_000,
  // Not faster: every poll lists runs with their steps, and tests run concurrently on two cores.
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const runs = await listRuns(engineUrl).catch((err: unknown) => String(err));
      throw new Error(`timed out waiting for ${what}; engine runs:\n${JSON.stringify(runs, null, 2)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
