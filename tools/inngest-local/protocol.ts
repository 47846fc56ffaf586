import { z } from "zod";

/**
 * Everything the engine reads from the outside, validated here: event posts, register bodies (in-band reply and
 * `POST /fn/register`), and the SDK's replies to run requests. Shapes follow SDK 4.24.0.
 */

export const ZEventPayload = z
  .object({
    name: z.string().min(1, "event name is required"),
    data: z.record(z.string(), z.unknown()).nullish(),
    id: z.string().min(1).nullish(),
    ts: z.number().nullish(),
    user: z.unknown().optional(),
    v: z.string().nullish(),
  })
  .passthrough();
export type TEventPayload = z.infer<typeof ZEventPayload>;

export const ZEventPost = z.union([ZEventPayload, z.array(ZEventPayload)]);

const ZTrigger = z.union([
  z.object({ event: z.string().min(1), expression: z.string().nullish() }),
  z.object({ cron: z.string().min(1), jitter: z.string().nullish() }),
]);
export type TTrigger = z.infer<typeof ZTrigger>;

export const ZFunctionConfig = z
  .object({
    id: z.string().min(1),
    name: z.string().nullish(),
    triggers: z.array(ZTrigger),
    steps: z.record(
      z.string(),
      z
        .object({
          id: z.string(),
          name: z.string().optional(),
          runtime: z.object({ type: z.string(), url: z.string().url() }).passthrough(),
          retries: z
            .object({ attempts: z.number().int().min(0).optional() })
            .passthrough()
            .nullish(),
        })
        .passthrough(),
    ),
    idempotency: z.string().nullish(),
  })
  .passthrough();
export type TFunctionConfig = z.infer<typeof ZFunctionConfig>;

/** The in-band sync reply (`PUT <app>` with `x-inngest-sync-kind: in_band`). */
export const ZInBandSyncReply = z
  .object({
    app_id: z.string().min(1),
    url: z.string().url(),
    sdk: z.string().optional(),
    framework: z.string().optional(),
    functions: z.array(ZFunctionConfig),
  })
  .passthrough();

/** The body the SDK posts to `/fn/register` for an out-of-band sync. */
export const ZRegisterBody = z
  .object({
    appName: z.string().min(1),
    url: z.string().url(),
    sdk: z.string().optional(),
    framework: z.string().optional(),
    functions: z.array(ZFunctionConfig),
  })
  .passthrough();

export interface AppRegistration {
  appId: string;
  url: string;
  sdk: string | undefined;
  framework: string | undefined;
  functions: TFunctionConfig[];
}

/** One op of a 206 reply. `op` stays a plain string so an unknown opcode reaches the handler and fails the run. */
export const ZOutgoingOp = z
  .object({
    id: z.string().min(1),
    op: z.string().min(1),
    name: z.string().nullish(),
    displayName: z.string().nullish(),
    opts: z.record(z.string(), z.unknown()).nullish(),
    data: z.unknown().optional(),
    error: z.unknown().optional(),
  })
  .passthrough();
export type TOutgoingOp = z.infer<typeof ZOutgoingOp>;

export const ZOpsReply = z.array(ZOutgoingOp);

/** The SDK's checkpoint of finished steps during a request (`POST /v1/checkpoint/:runId/async`). */
export const ZCheckpointBody = z
  .object({
    run_id: z.string().min(1),
    fn_id: z.string().min(1),
    qi_id: z.string().regex(/^[0-9]+\.[0-9]+$/, "a job id and its lease"),
    steps: ZOpsReply,
  })
  .passthrough();

export const ZWaitForEventOpts = z.object({ timeout: z.string(), if: z.string().nullish() }).passthrough();

export const ZInvokeOpts = z
  .object({
    function_id: z.string().min(1),
    payload: z.object({ data: z.unknown().optional(), v: z.string().nullish() }).passthrough(),
    timeout: z.string().nullish(),
  })
  .passthrough();

/** A serialized error as the SDK writes it (`serializeError`); anything else is wrapped by `toStepError`. */
export const ZSerializedError = z
  .object({ name: z.string(), message: z.string(), stack: z.string().optional() })
  .passthrough();
export type TSerializedError = z.infer<typeof ZSerializedError>;

export function toSerializedError(value: unknown, fallbackName = "Error"): TSerializedError {
  const parsed = ZSerializedError.safeParse(value);
  if (parsed.success) return parsed.data;
  if (typeof value === "string") return { name: fallbackName, message: value };
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const message =
      typeof record.message === "string"
        ? record.message
        : typeof record.error === "string"
          ? record.error
          : JSON.stringify(value);
    return { name: typeof record.name === "string" ? record.name : fallbackName, message };
  }
  return { name: fallbackName, message: String(value) };
}

/** Opcodes this engine implements; any other opcode fails the run (see op-handlers.ts). */
export const knownOpcodes = [
  "StepRun",
  "StepError",
  "StepFailed",
  "StepPlanned",
  "Sleep",
  "WaitForEvent",
  "InvokeFunction",
  "RunComplete",
] as const;

/** Function options the engine accepts at sync but does not honour; they are logged as warnings. */
export const unsupportedConfigKeys = ["debounce", "batchEvents", "cancel", "priority", "timeouts"] as const;
