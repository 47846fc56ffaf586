import type { EngineSettings } from "./context";
import { ZOpsReply, type TOutgoingOp, type TSerializedError, toSerializedError } from "./protocol";
import { signBody } from "./signing";
import type { RunRow } from "./store/runs-store";

/** What a request to the app's serve handler came to, independent of HTTP. */
export type ReplyOutcome =
  | { kind: "completed"; output: unknown }
  | { kind: "ops"; ops: TOutgoingOp[]; retryAfter: string | null }
  | { kind: "retriable"; error: TSerializedError; retryAfter: string | null }
  | { kind: "fatal"; error: TSerializedError }
  | { kind: "protocol"; message: string };

export interface SdkReply {
  outcome: ReplyOutcome;
  reqVersion: number | undefined;
}

/**
 * The body of `POST <fn url>&stepId=...` (see docs/inngest-local.md). `steps` is the run's memo, whose values are
 * always wrapped (`{type: "data", data}`), since the SDK unwraps a raw value shaped like `{data}`. `fn_id` and
 * `qi_id` (the job and its lease) switch the SDK to checkpointing: a discovery runs consecutive steps in the one request and
 * reports each to `POST /v1/checkpoint/:runId/async` (checkpoint-routes.ts). The SDK checkpoints only a discovery
 * without `disable_immediate_execution`.
 */
export function buildRunRequestBody(
  run: RunRow,
  dispatchId: string,
  memo: Record<string, unknown>,
  stack: string[],
  attempt: number,
  maxAttempts: number,
  disableImmediateExecution: boolean,
) {
  return {
    event: run.event,
    events: run.events,
    steps: memo,
    ctx: {
      run_id: run.id,
      fn_id: run.function_id,
      qi_id: dispatchId,
      attempt,
      max_attempts: maxAttempts,
      disable_immediate_execution: disableImmediateExecution,
      use_api: false,
      stack: { stack, current: Math.max(0, stack.length - 1) },
    },
    version: run.req_version,
  };
}

export function stepUrl(fnUrl: string, stepHash: string | null): string {
  const url = new URL(fnUrl);
  url.searchParams.set("stepId", stepHash ?? "step");
  return url.toString();
}

export function signedHeaders(body: unknown, settings: EngineSettings): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-inngest-server-kind": settings.signingKey ? "cloud" : "dev",
  };
  if (settings.signingKey) headers["x-inngest-signature"] = signBody(body, settings.signingKey);
  return headers;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Sends one run request and classifies the answer per the SDK's status codes (200, 206, 500, 400). */
export async function sendRunRequest(
  url: string,
  body: unknown,
  settings: EngineSettings,
  signal: AbortSignal,
): Promise<SdkReply> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: signedHeaders(body, settings),
      body: JSON.stringify(body),
      signal,
    });
    text = await res.text();
  } catch (err) {
    const cause =
      err instanceof Error
        ? err.cause instanceof Error
          ? `${err.message}: ${err.cause.message}`
          : err.message
        : String(err);
    return {
      reqVersion: undefined,
      outcome: {
        kind: "retriable",
        error: { name: "InngestLocalRequestError", message: `request to ${url} failed: ${cause}` },
        retryAfter: null,
      },
    };
  }
  const versionHeader = Number(res.headers.get("x-inngest-req-version"));
  const reqVersion =
    Number.isInteger(versionHeader) && res.headers.has("x-inngest-req-version") ? versionHeader : undefined;
  const parsed = parseJson(text);
  const retryAfter = res.headers.get("retry-after");
  const noRetry = res.headers.get("x-inngest-no-retry") === "true";
  const snippet = text.length > 500 ? `${text.slice(0, 500)}…` : text;

  if (res.status === 200) {
    if (!parsed.ok) return { reqVersion, outcome: { kind: "protocol", message: `200 reply is not JSON: ${snippet}` } };
    return { reqVersion, outcome: { kind: "completed", output: parsed.value } };
  }
  if (res.status === 206) {
    const ops = parsed.ok ? ZOpsReply.safeParse(parsed.value) : undefined;
    if (!ops?.success)
      return {
        reqVersion,
        outcome: { kind: "protocol", message: `206 reply is not a list of ops: ${ops?.error.message ?? snippet}` },
      };
    return { reqVersion, outcome: { kind: "ops", ops: ops.data, retryAfter } };
  }
  const error =
    parsed.ok && parsed.value !== null
      ? toSerializedError(parsed.value)
      : { name: "Error", message: snippet || `HTTP ${res.status}` };
  if (res.status === 500 || res.status === 400) {
    if (noRetry || (res.status === 400 && res.headers.get("x-inngest-no-retry") !== "false"))
      return { reqVersion, outcome: { kind: "fatal", error } };
    return { reqVersion, outcome: { kind: "retriable", error, retryAfter } };
  }
  // 401 (bad signature), 404 (wrong URL), 502...: retried like an error, and named so the cause is obvious.
  return {
    reqVersion,
    outcome: {
      kind: "retriable",
      error: { name: "InngestLocalRequestError", message: `app answered HTTP ${res.status} at ${url}: ${snippet}` },
      retryAfter,
    },
  };
}
