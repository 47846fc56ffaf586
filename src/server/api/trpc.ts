import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/server/db/create-client";
import type { Role, SessionUser } from "@/server/auth/session-user";
import { AppError, appErrorStatus } from "@/server/errors";
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
  /** The caller's address (rate limits of anonymous calls); absent in tests that don't exercise them. */
  clientAddress?: string;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // A message key for the client's catalogs, never a server-side text.
        appCode: cause instanceof AppError ? cause.code : error.code === "FORBIDDEN" ? "forbidden" : null,
        appDetails: cause instanceof AppError ? cause.details : null,
        fieldErrors: cause instanceof ZodError ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message })) : null,
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

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(appErrors).use(rateLimits);

const signedIn = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "notSignedIn", cause: new AppError("notSignedIn") });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function withRoles(roles: readonly Role[]) {
  return signedIn.use(({ ctx, next }) => {
    // A role failure is FORBIDDEN (403), not UNAUTHORIZED: the person is known, just not allowed.
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN", message: "forbidden", cause: new AppError("forbidden") });
    return next({ ctx });
  });
}

export const citizenProcedure = withRoles(["CITIZEN"]);

/** Staff procedures name the roles they admit; ADMIN is never implied. */
export function staffProcedure(...roles: Exclude<Role, "CITIZEN">[]) {
  return withRoles(roles);
}

export const anySignedInProcedure = signedIn;
