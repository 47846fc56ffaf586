import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/server/db/create-client";
import { controlCharacterPath } from "@/kernel/control-characters";
import type { Role, SessionUser } from "@/kernel/session-user";
import { AppError, appErrorStatus } from "@/server/errors";
import { scopedLogger } from "@/server/observability/logger";
import { withLogContext } from "@/server/observability/log-context";
import { inSpan, markActiveSpanFailed } from "@/server/observability/tracing";
import { consumeRateLimit } from "@/server/services/security/consume-rate-limit";
import { MUTATION_LIMIT, mutationLimits } from "@/server/services/security/rate-limits";

// The context is built by the route handler (which reads the session through next-auth) or by tests, so
// this module never imports next-auth and `createCaller` works in plain Node.
export interface TRPCContext {
  db: Db;
  user: SessionUser | null;
  /** The request's time: services receive it instead of reading the clock. */
  now: Date;
  authSecret: string;
  /** The request's id for log lines (the caller's X-Request-Id, or a fresh one); absent in tests. */
  requestId?: string;
  /** The caller's address (rate limits of anonymous calls); absent in tests that don't exercise them. */
  clientAddress?: string;
  /**
   * A staff member signed in with the password who must enrol a second factor first (STAFF_TOTP_REQUIRED): `user`
   * is null for them, and only the enrolment procedures read this.
   */
  totpEnrollee?: SessionUser | null;
}

const trpcLog = scopedLogger("trpc");

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx, path }) {
    const cause = error.cause;
    const fault = error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof AppError);
    // A call whose context could not be built (invalid settings: env() throws "Invalid environment: …") never
    // reaches the `observed` middleware, which logs every other fault: logged here, or nothing would say why.
    if (fault && ctx === undefined) trpcLog.error({ path, err: cause ?? error }, "request context failed");
    // In production a fault's text stays on the server: the caller is anonymous, and the text may name settings
    // and internals. The browser needs only to know it was not its doing (refusal-of.ts: no appCode, so
    // "unexpected"). Business refusals keep their codes; development keeps the text for the developer.
    const hidden = fault && process.env.NODE_ENV === "production";
    const { stack, ...data } = shape.data;
    return {
      ...shape,
      message: hidden ? "unexpected" : shape.message,
      data: {
        ...data,
        ...(hidden || stack === undefined ? {} : { stack }),
        // A message key for the client's catalogs, never a server-side text.
        appCode: cause instanceof AppError ? cause.code : error.code === "FORBIDDEN" ? "forbidden" : null,
        appDetails: cause instanceof AppError ? cause.details : null,
        fieldErrors:
          cause instanceof ZodError ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message })) : null,
      },
    };
  },
});

/** Turns business errors into tRPC errors with the status from the one table in `errors.ts`. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: appErrorStatus[cause.code], message: cause.code, cause });
  }
  return result;
});

/**
 * Every call runs in its own log context (request id) and trace span; a fault that is not a business error is
 * logged once here with the procedure's path, never with its input (which holds personal data).
 */
const observed = t.middleware(({ ctx, path, type, next }) =>
  withLogContext({ requestId: ctx.requestId }, () =>
    inSpan(`trpc ${path}`, { "rpc.system": "trpc", "rpc.method": path, "trpc.type": type }, async () => {
      const result = await next();
      if (!result.ok) markActiveSpanFailed(result.error.code);
      if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR")
        trpcLog.error({ path, err: result.error.cause ?? result.error }, "procedure failed");
      return result;
    }),
  ),
);
/**
 * Every mutation counts against its limit, per signed-in user or else per address, in PostgreSQL so that all app
 * instances share the count. Past it: `rateLimited` (429), which the client shows in the person's language.
 */
const rateLimits = t.middleware(async ({ ctx, type, path, next }) => {
  if (type === "mutation") {
    const subject = ctx.user ? `user:${ctx.user.id}` : `addr:${ctx.clientAddress ?? "direct"}`;
    await consumeRateLimit(ctx.db, `trpc:${path}:${subject}`, mutationLimits[path] ?? MUTATION_LIMIT, ctx.now);
  }
  return next();
});

/**
 * No procedure takes a NUL or other control character (tab and line breaks aside) in any string or key of its
 * input: refused as `textControlCharacters` (400, naming the field) before the input schema and the service, so a
 * NUL never reaches PostgreSQL, which would throw (a 500) on it. One check for every input, old and new.
 */
const plainTextInput = t.middleware(async ({ getRawInput, next }) => {
  const field = controlCharacterPath(await getRawInput());
  if (field !== null) throw new AppError("textControlCharacters", { field });
  return next();
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(observed).use(appErrors).use(rateLimits).use(plainTextInput);

const signedIn = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user)
    throw new TRPCError({ code: "UNAUTHORIZED", message: "notSignedIn", cause: new AppError("notSignedIn") });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function withRoles(roles: readonly Role[]) {
  return signedIn.use(({ ctx, next }) => {
    // A role failure is FORBIDDEN (403), not UNAUTHORIZED: the person is known, just not allowed.
    if (!roles.includes(ctx.user.role))
      throw new TRPCError({ code: "FORBIDDEN", message: "forbidden", cause: new AppError("forbidden") });
    return next({ ctx });
  });
}

export const citizenProcedure = withRoles(["CITIZEN"]);

/** Staff procedures name the roles they admit; ADMIN is never implied. */
export function staffProcedure(...roles: Exclude<Role, "CITIZEN">[]) {
  return withRoles(roles);
}

export const anySignedInProcedure = signedIn;

/** Any staff member, including one who still has to enrol a second factor: the enrolment procedures only. */
export const staffEnrolmentProcedure = publicProcedure.use(({ ctx, next }) => {
  const user = ctx.user ?? ctx.totpEnrollee ?? null;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "notSignedIn", cause: new AppError("notSignedIn") });
  if (user.role === "CITIZEN")
    throw new TRPCError({ code: "FORBIDDEN", message: "forbidden", cause: new AppError("forbidden") });
  return next({ ctx: { ...ctx, user } });
});
